import type { ResolvedConfig } from './types.js';
import { checkConfig } from './check-config.js';
import { reportProblems } from './report-problems.js';

/** Reads a config and prints its problems at once. For tests and tools; the core reports lazily instead. */
export function parseConfig(input: unknown): ResolvedConfig {
  const { config, problems } = checkConfig(input);
  reportProblems(problems);
  return config;
}
