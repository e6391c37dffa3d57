/**
 * dist/regimes-endpoint.js: the `endpoint` source, fetched only by pages whose `regimes.from` lists it (as soon as
 * regimes.js starts, beside the sources before it): one GET to the same-origin `regimes.endpoint`, answering
 * `{ "region": "US-CA" }`, 1,500 ms at most. What goes wrong is added to `problems` (config-report.js tells them).
 */
import type { RegimeProblem } from 'bandeau-catalog/config/check-regimes';

/** How long the endpoint may take before it counts as no answer. */
export const ENDPOINT_TIMEOUT_MS = 1500;

/** `regionCode` is sources.ts's (handed over: a module of regimes.js imported here would become a shared chunk). */
export async function regionFromEndpoint(endpoint: string, problems: RegimeProblem[], regionCode: (value: unknown) => string | undefined): Promise<string | undefined> {
  try {
    const response = await fetch(endpoint, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(ENDPOINT_TIMEOUT_MS) });
    if (!response.ok) throw Error(`status ${response.status}`);
    const code = regionCode((await response.json())?.region);
    if (!code) throw Error('no valid "region" in the answer');
    return code;
  } catch (error) {
    problems.push(['answer', (error as Error).name === 'TimeoutError' ? `no answer within ${ENDPOINT_TIMEOUT_MS} ms` : (error as Error).message]);
  }
}
