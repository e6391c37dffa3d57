// The command line: bandeau-audit audit <url> [--pages N] [--json FILE] [--html FILE] [--config-out FILE]
// [--timeout S] [--parallel N]. Exit 0: no finding; 1: findings; 2: could not run (one-line reason on stderr).
import { writeFileSync } from 'node:fs';
import { runAudit } from './audit.js';
import { AuditError } from './crawl.js';
import { htmlReport } from './report/html.js';
import { jsonReport } from './report/json.js';
import { terminalReport } from './report/terminal.js';

export const USAGE = `Usage: bandeau-audit audit <url> [options]

Visits up to N same-origin pages three times in headless Chromium (before consent, after refusing all, after
accepting all) and reports what they store and send.

Options:
  --pages N          same-origin pages to visit (default 10)
  --timeout S        seconds allowed per page (default 30)
  --parallel N       pages visited at once within a phase (default 2)
  --json FILE        write the report as JSON
  --html FILE        write the report as one self-contained HTML page
  --config-out FILE  write a draft config (the content of the widget's config block)
  --quiet            no progress lines

Exit codes: 0 no finding, 1 findings, 2 could not run.`;

/** Parses argv (without node and the script). Throws AuditError on a bad option. */
export function parseArgs(argv) {
  const options = { pages: 10, timeoutS: 30, parallel: 2, json: null, html: null, configOut: null, quiet: false, url: null, help: false };
  const args = [...argv];
  if (args[0] === '--help' || args[0] === '-h' || args.length === 0) return { ...options, help: true };
  if (args.shift() !== 'audit') throw new AuditError(`Unknown command (expected "audit"). Run bandeau-audit --help.`);
  const number = (name, value, min) => {
    const n = Number(value);
    if (!Number.isFinite(n) || n < min) throw new AuditError(`${name} expects a number ≥ ${min}, got ${value === undefined ? 'nothing' : JSON.stringify(value)}`);
    return n;
  };
  while (args.length) {
    const arg = args.shift();
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? args.shift();
    switch (flag) {
      case '--pages': options.pages = Math.floor(number('--pages', value(), 1)); break;
      case '--timeout': options.timeoutS = number('--timeout', value(), 0.1); break;
      case '--parallel': options.parallel = Math.min(8, Math.floor(number('--parallel', value(), 1))); break;
      case '--json': options.json = value(); break;
      case '--html': options.html = value(); break;
      case '--config-out': options.configOut = value(); break;
      case '--quiet': options.quiet = true; break;
      case '--help': case '-h': options.help = true; break;
      default:
        if (flag.startsWith('-')) throw new AuditError(`Unknown option ${flag}. Run bandeau-audit --help.`);
        if (options.url) throw new AuditError(`One URL only (got ${options.url} and ${flag}).`);
        options.url = flag;
    }
    for (const name of ['json', 'html', 'configOut']) if (options[name] === undefined) throw new AuditError(`--${name === 'configOut' ? 'config-out' : name} expects a file name`);
  }
  if (!options.help && !options.url) throw new AuditError('Missing <url>. Usage: bandeau-audit audit <url> [options]');
  return options;
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
