// DuckDuckGo's autoconsent (the engine DuckDuckGo's browsers and Ghostery use to answer consent pop-ups) in a page:
// its Playwright bundle and its rule set, driven as its own Playwright runner drives it, except that it acts only
// when asked (no automatic action), so the audit decides when the decision is made and records what follows.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
// The package's "exports" list its rules but not its Playwright bundle: found beside them.
const RULES_PATH = require.resolve('@duckduckgo/autoconsent/rules/rules.json');
let loaded = null;
function files() {
  loaded ??= { bundle: readFileSync(join(dirname(RULES_PATH), '..', 'dist', 'autoconsent.playwright.js'), 'utf8'), rules: JSON.parse(readFileSync(RULES_PATH, 'utf8')) };
  return loaded;
}

/** autoconsent's configuration: no automatic action, no pre-hiding (our label fallback must still see the banner). */
const CONFIG = {
  enabled: true,
  autoAction: null,
  disabledCmps: [],
  enablePrehide: false,
  enableCosmeticRules: false,
  enableGeneratedRules: true,
  enableHeuristicDetection: false,
  detectRetries: 4,
  isMainWorld: false,
  prehideTimeout: 0,
  logs: { lifecycle: false, rulesteps: false, detectionsteps: false, evals: false, errors: false, messages: false, waits: false },
};

/**
 * Installs autoconsent in `page` (before it loads anything). Returns a handle that tells what it found and acts.
 * @param {import('playwright-core').Page} page
 */
export async function installAutoconsent(page) {
  const { bundle, rules } = files();
  /** @type {{ detected: string[], popups: { cmp: string, frame: import('playwright-core').Frame }[], results: { type: string, cmp: string, result: boolean }[], lifecycle: string | null }} */
  const state = { detected: [], popups: [], results: [], lifecycle: null };
  const send = (frame, message) => frame.evaluate((m) => window.autoconsentReceiveMessage?.(m), message).catch(() => {});
  await page.exposeBinding('autoconsentSendMessage', async ({ frame }, message) => {
    if (!message || typeof message !== 'object') return;
    switch (message.type) {
      case 'init':
        await send(frame, { type: 'initResp', rules, config: CONFIG });
        break;
      case 'eval': {
        const result = await frame.evaluate(String(message.code)).catch(() => false);
        await send(frame, { type: 'evalResp', id: message.id, result });
        break;
      }
      case 'cmpDetected':
        state.detected.push(String(message.cmp));
        break;
      case 'popupFound':
        state.popups.push({ cmp: String(message.cmp), frame });
        break;
      case 'optOutResult':
      case 'optInResult':
        state.results.push({ type: message.type, cmp: String(message.cmp), result: message.result === true });
        break;
      case 'report':
        if (message.mainFrame) state.lifecycle = message.state?.lifecycle ?? state.lifecycle;
        break;
    }
  });
  await page.addInitScript(bundle);
  return {
    state,
    /** The first pop-up autoconsent found open, or null. */
    popup: () => state.popups[0] ?? null,
    /** Whether autoconsent has finished looking in the main frame without finding a banner. */
    foundNothing: () => state.lifecycle === 'nothingDetected',
    /**
     * Refuses or accepts through the rule of the pop-up found; resolves with whether the rule says it worked.
     * @param {'reject' | 'accept'} kind
     * @param {number} timeoutMs
     */
    async act(kind, timeoutMs) {
      const popup = state.popups[0];
      if (!popup) return false;
      const type = kind === 'reject' ? 'optOutResult' : 'optInResult';
      const before = state.results.length;
      await send(popup.frame, { type: kind === 'reject' ? 'optOut' : 'optIn' });
      const deadline = Date.now() + timeoutMs;
      // The rule runs in the page and reports through the binding; its result arrives as a message.
      while (Date.now() < deadline) {
        const result = state.results.slice(before).find((r) => r.type === type);
        if (result) return result.result;
        await page.waitForTimeout(100).catch(() => {});
        if (page.isClosed()) return false;
      }
      return false;
    },
  };
}
