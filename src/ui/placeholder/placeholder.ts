import type { ServiceId } from '../../core/types.js';
import type { UIHost } from '../contract.js';
import { categoryTitle, h, loadTexts, localize, serviceLabel, sheet } from '../texts.js';
import { placeholderStyles } from './placeholder.styles.js';

let styles: CSSStyleSheet | undefined;

/**
 * A service's label: the config's, else its preset's (only that preset's small file is fetched, not services.js nor
 * the other presets), else its id.
 */
async function labelOf(host: UIHost, service: ServiceId): Promise<string> {
  const given = host.config.services[service]?.config;
  if (given?.label !== undefined || typeof given?.preset !== 'string' || !/^[a-z\d-]{1,40}$/.test(given.preset)) return serviceLabel(host, service);
  const preset = await host.load(`presets/${given.preset}`).then((module) => module?.default, () => undefined);
  return localize(preset?.label, host.language, 'en') ?? service;
}

/**
 * The default placeholder of a `<consent-gate>`: what the content needs, a button that grants that category (or that
 * one service, named) alone, and a link to the preferences. Plain DOM (no Lit), so a returning visitor who refused
 * pays little for it.
 */
export async function renderPlaceholder(slot: HTMLSlotElement, category: string, host: UIHost, service?: ServiceId): Promise<void> {
  // A gate with only `service=` gets its category from the config.
  const categoryId = category || (service && host.config.services[service]?.category) || '';
  const [texts, label] = await Promise.all([loadTexts(host), service ? labelOf(host, service) : undefined]);
  const title = categoryTitle(host, texts, categoryId);
  // A function replacement: "$&" and the like in a title or label stay literal.
  const fill = (key: string) =>
    ((label !== undefined && texts[`${key}Service`]) || texts[key] || key).replace('{category}', () => title).replace('{service}', () => label ?? '');
  const box = h(
    'div',
    { class: 'placeholder', part: 'placeholder', lang: host.language },
    h('p', {}, fill('gateText')),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', onclick: () => host.api.update({ [service || category]: true }) }, fill('gateAccept')),
      h('a', { href: '#', 'data-cookie-consent': 'preferences' }, fill('gateSettings')),
    ),
  );
  if (service) box.dataset.service = service;
  slot.replaceChildren(box);
  const root = slot.getRootNode() as ShadowRoot;
  root.adoptedStyleSheets = [(styles ??= sheet(placeholderStyles))];
}
