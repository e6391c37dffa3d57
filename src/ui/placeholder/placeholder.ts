import type { UIHost } from '../contract.js';
import { categoryTitle, loadTexts } from '../texts.js';
import { placeholderStyles } from './placeholder.styles.js';

let sheet: CSSStyleSheet | undefined;

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text: string, attributes: Record<string, string> = {}) => {
  const node = document.createElement(tag);
  node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
};

/**
 * The default placeholder of a `<consent-gate>`: what the content needs, a button that grants that category alone,
 * and a link to the preferences. Plain DOM (no Lit), so a returning visitor who refused pays little for it.
 */
export async function renderPlaceholder(slot: HTMLSlotElement, category: string, host: UIHost): Promise<void> {
  const texts = await loadTexts(host);
  const title = categoryTitle(host, texts, category);
  // A function replacement: "$&" and the like in a title stay literal.
  const fill = (key: string) => (texts[key] ?? key).replace('{category}', () => title);
  const box = element('div', '', { class: 'placeholder', part: 'placeholder', lang: host.language });
  const button = element('button', fill('gateAccept'), { type: 'button' });
  button.addEventListener('click', () => host.api.update({ [category]: true }));
  const link = element('a', fill('gateSettings'), { href: '#', 'data-cookie-consent': 'preferences' });
  const actions = element('div', '', { class: 'actions' });
  actions.append(button, link);
  box.append(element('p', fill('gateText')), actions);
  slot.replaceChildren(box);
  const root = slot.getRootNode() as ShadowRoot;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(placeholderStyles);
  }
  root.adoptedStyleSheets = [sheet];
}
