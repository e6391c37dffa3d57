import { whenParsed } from '../dom.js';
import { logError } from '../log.js';
import { trustedScriptURL } from '../trusted-types.js';
import { isSafeUrl } from '../urls.js';

/** Elements that load a resource from `data-src` once their category is granted. */
export const EMBED_SELECTOR = ['iframe', 'img', 'video', 'audio', 'source', 'embed'].map((tag) => `${tag}[data-category][data-src]`).join();

const reloadMedia = (element: Element): void => {
  const media = element.tagName === 'SOURCE' ? element.parentElement : element;
  if (media instanceof HTMLMediaElement) media.load();
};

export function loadEmbed(element: Element): void {
  const src = element.getAttribute('data-src');
  if (!isSafeUrl(src)) {
    logError(`gated ${element.tagName.toLowerCase()}: expected data-src to be an http(s) or relative URL, got ${JSON.stringify(src)}; kept blocked.`);
    return;
  }
  if (element.getAttribute('src') === src) return;
  // Chromium does not navigate an iframe whose src is set while the page is still being parsed: wait for the end.
  if (element instanceof HTMLIFrameElement && document.readyState === 'loading') return whenParsed(() => loadEmbed(element));
  // embed.src is a Trusted Types sink; the others accept the same value.
  (element as HTMLEmbedElement).src = trustedScriptURL(src);
  reloadMedia(element);
}

/** On revocation: iframes go back to about:blank, the others lose their src. */
export function unloadEmbed(element: Element): void {
  if (!element.hasAttribute('src')) return;
  if (element instanceof HTMLIFrameElement) element.src = 'about:blank';
  else element.removeAttribute('src');
  reloadMedia(element);
}
