import { whenParsed } from '../util/dom.js';
import { trusted } from '../util/trusted-types.js';
import { badSource, isSafeUrl } from '../util/urls.js';

/** Elements that load a resource from `data-src` once their category is granted. */
export const EMBED_SELECTOR = 'iframe,img,video,audio,source,embed'.replace(/\w+/g, '$&:is([data-category],[data-service])[data-src]');

/** Loads (granted) or unloads (refused) a gated embed: iframes go back to about:blank, the others lose their src. */
export function toggleEmbed(element: HTMLIFrameElement | HTMLEmbedElement, granted: boolean): void {
  const src = element.getAttribute('data-src');
  if (granted && !isSafeUrl(src)) return badSource(element.localName, src);
  if (granted ? element.getAttribute('src') === src : !element.hasAttribute('src')) return;
  const iframe = element instanceof HTMLIFrameElement;
  // Chromium does not navigate an iframe whose src is set while the page is still being parsed: wait for the end.
  if (granted && iframe && document.readyState === 'loading') return whenParsed(() => toggleEmbed(element, true));
  // embed.src is a Trusted Types sink; the others accept the same value.
  if (granted) element.src = trusted('createScriptURL', src!);
  else if (iframe) element.src = 'about:blank';
  else element.removeAttribute('src');
  const media = element.localName === 'source' ? element.parentElement : element;
  if (media instanceof HTMLMediaElement) media.load();
}
