/**
 * The config the page hands out: the form's config without the fields the widget would reject, so pasting it never
 * makes the widget log an error. The form keeps the rejected values (shown beside their fields) until they are fixed.
 */
import { problemsOf, type Config, type FieldProblem } from './checker.js';
import { get, parsePath, set, type Path } from './config-paths.js';

const MAX_DAYS = 395;

/** Where a problem's fix applies: the entry the widget drops (a cookie entry, a category) or the field itself. */
function target(problem: FieldProblem): Path | undefined {
  if (!problem.path) return undefined;
  const path = parsePath(problem.path);
  if (/cookie entry ignored/.test(problem.message)) {
    const at = path.map((key) => typeof key === 'number').lastIndexOf(true);
    return at >= 0 ? path.slice(0, at + 1) : path;
  }
  if (/category ignored/.test(problem.message)) return path.slice(0, 2);
  if (/variant dropped/.test(problem.message)) return path.slice(0, 2);
  return path;
}

export async function cleanConfig(config: Config): Promise<{ clean: Config; problems: FieldProblem[] }> {
  const first = await problemsOf(config);
  let clean: Config = structuredClone(config);
  let problems = first.problems;
  for (let round = 0; round < 4 && problems.length; round++) {
    // Deepest and last first, so that removing an array item does not shift the next one.
    const targets = problems.map((p) => ({ problem: p, path: target(p) })).filter((t) => t.path) as Array<{ problem: FieldProblem; path: Path }>;
    targets.sort((a, b) => (JSON.stringify(b.path) > JSON.stringify(a.path) ? 1 : -1));
    for (const { problem, path } of targets) {
      if (/-day maximum/.test(problem.message)) set(clean, path, MAX_DAYS);
      else if (get(clean, path) !== undefined || path.length) set(clean, path, undefined);
    }
    problems = (await problemsOf(clean)).problems;
  }
  if (problems.length) clean = {};
  return { clean, problems: first.problems };
}
