import { trusted } from '../util/trusted-types.js';
import { badSource, isSafeUrl } from '../util/urls.js';

/** Attributes of a gated script that must not be carried over to the real one. */
const GATING_ATTRIBUTES = /^(type|data-src|data-category|data-service|data-type)$/;

let queue: Promise<unknown> = Promise.resolve();
const queued = new WeakSet<Element>();

/**
 * Runs a copy of `source` (a gated `<script type="text/plain">`, or a script from a consent-gate's template) in
 * place of `target`. Scripts run one after another in the order given (document order): an external script
 * finishes loading before the next one starts, as in HTML. Each element runs at most once per page load.
 */
export function enqueueScript(source: HTMLScriptElement, target: ChildNode = source, gated = true, onRun?: () => void): void {
  if (queued.has(source)) return;
  queued.add(source);
  queue = queue.then(() => {
    if (!target.isConnected) return;
    const src = source.getAttribute(gated ? 'data-src' : 'src');
    const code = source.text;
    if (src !== null ? !isSafeUrl(src) : gated && !code.trim()) {
      return badSource('script', src);
    }
    const script = document.createElement('script');
    for (const { name, value } of source.attributes) {
      if (!(gated && GATING_ATTRIBUTES.test(name)) && name !== 'src') script.setAttribute(name, value);
    }
    if (source.nonce) script.nonce = source.nonce; // The nonce attribute reads empty once the page is parsed.
    if (gated && source.getAttribute('data-type') === 'module') script.type = 'module';
    const loaded = new Promise((resolve) => (script.onload = script.onerror = resolve));
    if (src !== null) script.src = trusted('createScriptURL', src);
    else script.text = trusted('createScript', code);
    target.replaceWith(script);
    onRun?.();
    // An async script does not hold up the ones after it.
    if (src !== null && !script.hasAttribute('async')) return loaded;
  });
}
