// The command line: bandeau-audit audit <url> [--pages N] [--json FILE] [--html FILE] [--config-out FILE]
// [--timeout S] [--parallel N]. Exit 0: no finding; 1: findings; 2: could not run (one-line reason on stderr).
import { writeFileSync } from 'node:fs';
import { parseArgs as parseNodeArgs } from 'node:util';
import { runAudit } from './audit.js';
import { AuditError } from './crawl.js';
import { DEFAULTS, FLAGS, flagsHelp, MAX_PARALLEL } from './options.js';
import { htmlReport } from './report/html.js';
import { jsonReport } from './report/json.js';
import { terminalReport } from './report/terminal.js';

export const USAGE = `Usage: bandeau-audit audit <url> [options]

Visits up to N same-origin pages three times in headless Chromium (before consent, after refusing all, after
accepting all) and reports what they store and send.

Options:
${flagsHelp()}

Exit codes: 0 no finding, 1 findings, 2 could not run.`;

/** Parses argv (without node and the script) with node:util parseArgs. Throws AuditError on a bad option. */
export function parseArgs(argv) {
  if (argv.length === 0) return { ...DEFAULTS, json: null, html: null, configOut: null, quiet: false, url: null, help: true };
  let parsed;
  try {
    parsed = parseNodeArgs({ args: argv, options: FLAGS, allowPositionals: true, strict: true });
  } catch (error) {
    const flag = /'(-[^' ]+)/.exec(error.message)?.[1] ?? '';
    if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new AuditError(`Unknown option ${flag}. Run bandeau-audit --help.`);
    throw new AuditError(`${flag} expects ${FLAGS[flag.replace(/^-+/, '')]?.arg === 'FILE' ? 'a file name' : 'a value'}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { ...DEFAULTS, json: null, html: null, configOut: null, quiet: false, url: null, help: true };
  const [command, url, ...more] = positionals;
  if (command !== 'audit') throw new AuditError(`Unknown command (expected "audit"). Run bandeau-audit --help.`);
  if (more.length) throw new AuditError(`One URL only (got ${url} and ${more[0]}).`);
  if (!url) throw new AuditError('Missing <url>. Usage: bandeau-audit audit <url> [options]');
  const number = (name, min, fallback) => {
    const value = values[name];
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isFinite(n) || n < min) throw new AuditError(`--${name} expects a number ≥ ${min}, got ${JSON.stringify(value)}`);
    return n;
  };
  return {
    pages: Math.floor(number('pages', 1, DEFAULTS.pages)),
    timeoutS: number('timeout', 0.1, DEFAULTS.timeoutS),
    parallel: Math.min(MAX_PARALLEL, Math.floor(number('parallel', 1, DEFAULTS.parallel))),
    json: values.json ?? null,
    html: values.html ?? null,
    configOut: values['config-out'] ?? null,
    quiet: values.quiet ?? false,
    url,
    help: false,
  };
}

/**
 * Runs the command; returns the exit code.
 * @param {string[]} argv
 * @param {{ stdout?: (text: string) => void, stderr?: (text: string) => void, env?: NodeJS.ProcessEnv, systemBrowsers?: string[] }} [io]
 */
export async function main(argv, io = {}) {
  const stdout = io.stdout ?? ((text) => process.stdout.write(text));
  const stderr = io.stderr ?? ((text) => process.stderr.write(text));
  try {
    const options = parseArgs(argv);
    if (options.help) {
      stdout(`${USAGE}\n`);
      return 0;
    }
    const report = await runAudit(options.url, {
      pages: options.pages,
      timeoutS: options.timeoutS,
      parallel: options.parallel,
      env: io.env ?? process.env,
      systemBrowsers: io.systemBrowsers,
      progress: options.quiet ? () => {} : (line) => stderr(`${line}\n`),
    });
    report.exitCode = report.findings.length ? 1 : 0;
    stdout(terminalReport(report));
    if (options.json) writeFileSync(options.json, jsonReport(report));
    if (options.html) writeFileSync(options.html, htmlReport(report));
    if (options.configOut) writeFileSync(options.configOut, `${JSON.stringify(report.draftConfig, null, 2)}\n`);
    return report.exitCode;
  } catch (error) {
    const reason = error instanceof AuditError ? error.message : `Audit failed: ${String(error?.message ?? error).split('\n')[0]}`;
    stderr(`bandeau-audit: ${reason}\n`);
    return 2;
  }
}
