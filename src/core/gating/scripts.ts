import { trusted } from '../util/trusted-types.js';
import { badSource, isSafeUrl } from '../util/urls.js';

/**
 * Attributes of a gated script that must not be carried over to the real one. `data-category` and `data-service` stay:
 * revocation finds by them a script that was still loading when its consent was withdrawn.
 */
const GATING_ATTRIBUTES = /^(type|data-src|data-type)$/;

let queue: Promise<unknown> = Promise.resolve();
const queued = new WeakSet<Element>();

/** Settles once the external scripts inserted so far have run: they load in parallel and run in order (async = false). */
let ran: Promise<unknown> = queue;

/**
 * Runs a copy of `source` (a gated `<script type="text/plain">`, or a script from a consent-gate's template) in
 * place of `target`. Scripts run one after another in the order given (document order), as in HTML: external ones
 * load in parallel and run in order, and an inline script waits until those before it have run. Each element runs
 * at most once per page load. `allowed`, when given, is asked again when its turn comes.
 */
export function enqueueScript(source: HTMLScriptElement, allowed?: () => boolean, target: ChildNode = source, gated = true, onRun?: () => void): void {
  if (queued.has(source)) return;
  queued.add(source);
  queue = queue.then(async () => {
    const src = source.getAttribute(gated ? 'data-src' : 'src');
    // An inline script runs as it is inserted: after the external scripts before it.
    if (src === null) await ran;
    if (!target.isConnected) return;
    // Withdrawn while it waited for its turn: it stays blocked, and runs if granted again (fail closed).
    if (allowed?.() === false) return void queued.delete(source);
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
    if (src !== null) {
      script.src = trusted('createScriptURL', src);
      // Script-inserted scripts are async unless told otherwise; an async one holds nothing up, as in HTML.
      if (!script.hasAttribute('async')) {
        script.async = false;
        // Listeners, not onload: the page's own onload attribute, carried over, stays.
        ran = Promise.all([ran, new Promise((resolve) => (script.addEventListener('load', resolve), script.addEventListener('error', resolve)))]);
      }
    } else script.text = trusted('createScript', code);
    target.replaceWith(script);
    onRun?.();
  });
}
