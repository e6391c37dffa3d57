// One audit: launch the browser, run the three phases, recognise, find, draft. Returns the report object.
import { readFileSync } from 'node:fs';
import { findChromium, launch, NO_BROWSER } from './browser.js';
import { AuditError, crawl } from './crawl.js';
import { draftConfig } from './draft.js';
import { annotate, findings } from './findings.js';
import { DEFAULTS } from './options.js';
import { declarations, siteConfigs } from './site-config.js';

const VERSION = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

/**
 * @param {string} url
 * @param {{ pages?: number, timeoutS?: number, parallel?: number, progress?: (line: string) => void, env?: NodeJS.ProcessEnv, systemBrowsers?: string[] }} options
 */
export async function runAudit(url, options = {}) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new AuditError(`Not a URL: ${url}`);
  }
  if (!/^https?:$/.test(parsed.protocol)) throw new AuditError(`Only http and https URLs can be audited: ${url}`);
  const executablePath = findChromium(options.env, options.systemBrowsers);
  if (!executablePath) throw new AuditError(NO_BROWSER);
  const started = Date.now();
  let browser;
  try {
    browser = await launch(executablePath);
  } catch (error) {
    throw new AuditError(`Could not start Chromium (${executablePath}): ${String(error?.message ?? error).split('\n')[0]}`);
  }
  try {
    const { pages, phases } = await crawl(browser, parsed.href, options);
    const site = siteConfigs(phases.flatMap((phase) => phase.widgets));
    const declared = declarations(site.configs);
    annotate(phases, declared);
    const result = findings(phases, declared, site);
    // The config's problems, as the widget prints them on the page's console.
    for (const message of site.problems) result.notices.push({ kind: 'config-problem', message });
    for (const phase of phases) delete phase.widgets;
    return {
      tool: 'bandeau-audit',
      version: VERSION,
      url: parsed.href,
      startedAt: new Date(started).toISOString(),
      finishedAt: new Date().toISOString(),
      durationMs: Date.now() - started,
      options: { pages: options.pages ?? DEFAULTS.pages, timeoutS: options.timeoutS ?? DEFAULTS.timeoutS, parallel: options.parallel ?? DEFAULTS.parallel },
      pages,
      widget: { seen: site.widgetSeen, configs: site.configs.filter((c) => !c.fromApi).length },
      banner: bannerFound(phases),
      phases,
      findings: result.findings,
      notices: result.notices,
      draftConfig: draftConfig(phases, site.configs),
    };
  } finally {
    await browser.close().catch(() => {});
  }
}

/**
 * The consent banner the audit found: the one autoconsent recognised or whose API answered, else the one whose own
 * consent cookie or key the site stored; null when none is known.
 * @param {import('./crawl.js').PhaseResult[]} phases annotated
 * @returns {{ name: string, how: 'api' | 'autoconsent' | 'consent-cookie', rule?: string } | null}
 */
export function bannerFound(phases) {
  for (const phase of phases) {
    const control = phase.control;
    if (control?.banner) return { name: control.banner, how: control.via === 'api' ? 'api' : 'autoconsent', ...(control.rule && { rule: control.rule }) };
  }
  for (const phase of phases) {
    const item = [...phase.cookies, ...phase.storage].find((i) => i.known?.banner);
    if (item) return { name: item.known.banner, how: 'consent-cookie' };
  }
  return null;
}
