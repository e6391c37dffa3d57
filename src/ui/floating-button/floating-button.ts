import type { UIHost } from '../contract.js';
import { BaseElement, loadTexts, reflectAttributes, sheet } from '../common.js';
import { floatingButtonStyles } from './floating-button.styles.js';

/** A cookie with two bites and three chips. */
const ICON = 'M12 2a10 10 0 1 0 10 10 4 4 0 0 1-5-5 4 4 0 0 1-5-5zm-3 7a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zm6 5a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zm-7 2a1 1 0 1 1 0 2 1 1 0 0 1 0-2z';

const overlaps = (a: DOMRect, b: DOMRect): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const NAME = 'cookie-consent-button';

/**
 * The floating button's host element.
 *
 * @tag cookie-consent-button
 * @attr {'start'|'end'} side - The corner it sits in; it moves to "end" while the focused element would sit under it.
 * @prop {string} side - Reflects the `side` attribute.
 * @csspart floating-button - The round button.
 * @cssprop --cc-button-bg - Its border and icon colour.
 * @cssprop --cc-bg - Its background.
 * @cssprop --cc-focus - The focus outline.
 * @cssprop --cc-z-index - Its stacking order.
 */
export class CookieConsentButtonElement extends BaseElement {
  declare side: string;

  connectedCallback(): void {
    upgrade(this);
  }
}

const upgrade = reflectAttributes(CookieConsentButtonElement, ['side']);

/**
 * A small floating button that reopens the preferences (withdrawal as easy as consent). Plain DOM, loaded only when
 * the config asks for it. When the page's focused element would sit under it, it moves to the other corner.
 */
export async function showFloatingButton(ui: UIHost): Promise<void> {
  const label = (await loadTexts(ui)).manageCookies;
  if (document.querySelector(NAME)) return;
  if (!customElements.get(NAME)) customElements.define(NAME, CookieConsentButtonElement);
  const host = document.createElement(NAME) as CookieConsentButtonElement;
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [sheet(floatingButtonStyles)];
  const button = document.createElement('button');
  button.setAttribute('part', 'floating-button');
  button.setAttribute('aria-label', label);
  button.title = label;
  button.lang = ui.language;
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', ICON);
  svg.append(path);
  button.append(svg);
  button.addEventListener('click', ui.api.showPreferences);
  root.append(button);
  document.body.append(host);
  document.addEventListener('focusin', (event) => {
    const target = event.target as Element;
    if (target === host) return;
    host.removeAttribute('side');
    if (overlaps(target.getBoundingClientRect(), button.getBoundingClientRect())) host.side = 'end';
  });
}
