import { logError } from '../log.js';
import { trustedScript, trustedScriptURL } from '../trusted-types.js';
import { isSafeUrl } from '../urls.js';

/** Attributes of a gated script that must not be carried over to the real one. */
const GATING_ATTRIBUTES = /^(type|data-src|data-category|data-type)$/;

let queue: Promise<void> = Promise.resolve();
const queued = new WeakSet<Element>();

/**
 * Makes a runnable copy of `source` (a gated `<script type="text/plain">`, or a script from a consent-gate's template)
 * and puts it in place of `target`. Resolves when an external script has loaded (or failed), so the next one waits.
 * Returns false when the script must stay blocked.
 */
function runScript(source: HTMLScriptElement, target: ChildNode, gated: boolean, onRun?: () => void): Promise<void> | false {
  const src = source.getAttribute(gated ? 'data-src' : 'src');
  const code = source.textContent ?? '';
  if (src !== null ? !isSafeUrl(src) : gated && !code.trim()) {
    logError(`gated script: expected data-src to be an http(s) or relative URL (or inline code), got ${JSON.stringify(src)}; kept blocked.`);
    return false;
  }
  const script = document.createElement('script');
  for (const { name, value } of Array.from(source.attributes)) {
    if (!(gated && GATING_ATTRIBUTES.test(name)) && name !== 'src') script.setAttribute(name, value);
  }
  if (source.nonce) script.nonce = source.nonce; // The nonce attribute reads empty once the page is parsed.
  if (gated) {
    const type = source.getAttribute('data-type');
    if (type === 'module') script.type = 'module';
  }
  const loaded = new Promise<void>((resolve) => {
    script.onload = script.onerror = () => resolve();
  });
  if (src !== null) script.src = trustedScriptURL(src);
  else script.text = trustedScript(code);
  target.replaceWith(script);
  onRun?.();
  // An async script does not hold up the ones after it, as in HTML.
  return src !== null && !script.hasAttribute('async') ? loaded : Promise.resolve();
}

/**
 * Runs scripts one after another in the order given (document order): an external script finishes before
 * the next one starts. Each element runs at most once per page load.
 */
export function enqueueScript(source: HTMLScriptElement, target: ChildNode = source, gated = true, onRun?: () => void): void {
  if (queued.has(source)) return;
  queued.add(source);
  queue = queue.then(() => {
    if (!target.isConnected) return;
    const running = runScript(source, target, gated, onRun);
    if (running) return running;
  });
}
