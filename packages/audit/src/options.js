// The audit's options, written once: the command line's flags (parsed with node:util parseArgs), their help text and
// their defaults, which runAudit and crawl fall back to as well.

/** What an audit does when not told otherwise. */
export const DEFAULTS = Object.freeze({ pages: 10, timeoutS: 30, parallel: 2 });

/** At most this many pages at once within a phase. */
export const MAX_PARALLEL = 8;

/**
 * The flags of `bandeau-audit audit`, in the order the help lists them.
 * @type {Record<string, { type: 'string' | 'boolean', short?: string, arg?: string, help?: string }>}
 */
export const FLAGS = {
  pages: { type: 'string', arg: 'N', help: `same-origin pages to visit (default ${DEFAULTS.pages})` },
  timeout: { type: 'string', arg: 'S', help: `seconds allowed per page (default ${DEFAULTS.timeoutS})` },
  parallel: { type: 'string', arg: 'N', help: `pages visited at once within a phase (default ${DEFAULTS.parallel}, at most ${MAX_PARALLEL})` },
  json: { type: 'string', arg: 'FILE', help: 'write the report as JSON' },
  html: { type: 'string', arg: 'FILE', help: 'write the report as one self-contained HTML page' },
  'config-out': { type: 'string', arg: 'FILE', help: "write a draft config (the content of the widget's config block)" },
  quiet: { type: 'boolean', help: 'no progress lines' },
  help: { type: 'boolean', short: 'h' },
};

/** The help's lines for the flags. */
export const flagsHelp = () =>
  Object.entries(FLAGS)
    .filter(([, flag]) => flag.help)
    .map(([name, flag]) => `  ${`--${name}${flag.arg ? ` ${flag.arg}` : ''}`.padEnd(19)}${flag.help}`)
    .join('\n');
