/**
 * The configurator checks a config with the widget's own code, so its verdict and its words are the widget's: the
 * config checker and its messages (check-config and report-problems, in bandeau-catalog), and the services' reader (which
 * checks each service's fields where the widget shows them). This is the one module that imports them: when they
 * move, only these paths change.
 */
import { checkConfig } from 'bandeau-catalog/config/check-config';
import { checkVariants } from 'bandeau-catalog/config/check-variants';
import { reportProblems, reportVariants } from 'bandeau-catalog/config/report-problems';
import type { Problem } from 'bandeau-catalog/config/rules';
import { DEFAULT_CONSENT_MODE, TOP_KEYS } from 'bandeau-catalog/config/schema';
import { PRESETS } from 'bandeau-catalog/presets/presets';
import { resolveServices } from '../../src/services/services.js';
import type { Load } from '../../src/core/lazy.js';

export type Config = Record<string, any>;

/** One problem, as the widget would log it, and the field it is about (a path such as "categories.ads.title"). */
export interface FieldProblem {
  path: string;
  level: 'error' | 'warning';
  message: string;
}

/** Runs `action` while collecting what it logs through console.error and console.warn (the widget's only output). */
async function collect(action: () => unknown): Promise<FieldProblem[]> {
  const found: FieldProblem[] = [];
  const { error, warn } = console;
  const record = (level: FieldProblem['level']) => (text: unknown) => {
    const message = String(text).replace(/^\[cookie-consent\]\s*/, '');
    found.push({ level, message, path: pathOf(message) });
  };
  console.error = record('error');
  console.warn = record('warning');
  try {
    await action();
  } finally {
    console.error = error;
    console.warn = warn;
  }
  return found;
}

/** The field a message names: `config.<path>: …` or `config: unknown key "<path>" ignored.` */
function pathOf(message: string): string {
  const unknown = /^config: unknown key "([^"]+)"/.exec(message);
  if (unknown) return unknown[1];
  const field = /^config\.([^:]+):/.exec(message);
  return field ? field[1] : '';
}

/** Checks run one at a time: each borrows the console while it runs, and two at once would mix their messages. */
let queue: Promise<unknown> = Promise.resolve();

/** Every problem of a config (the core's checks, then each service's), as the widget would report them. */
export function problemsOf(config: Config): Promise<{ problems: FieldProblem[]; raw: Problem[] }> {
  const run = queue.then(() => check(config));
  queue = run.catch(() => undefined);
  return run;
}

async function check(config: Config): Promise<{ problems: FieldProblem[]; raw: Problem[] }> {
  const { config: resolved, problems: raw } = checkConfig(config);
  const problems = await collect(async () => {
    reportProblems(raw);
    // `variants`, as variants.js checks it in the page (a refused variant is left out of the tags).
    if (config.variants !== undefined) reportVariants(checkVariants(config.variants).problems);
    // The configurator bundles every preset: its loader answers `presets/<id>` only, the one file resolveServices asks for.
    const loadPreset = async (name: string) => {
      const id = name.replace(/^presets\//, '');
      if (!Object.hasOwn(PRESETS, id)) throw new Error(`no preset ${id}`);
      return { default: PRESETS[id] };
    };
    await resolveServices(resolved, loadPreset as unknown as Load);
  });
  return { problems, raw };
}

export { DEFAULT_CONSENT_MODE, PRESETS, TOP_KEYS };
