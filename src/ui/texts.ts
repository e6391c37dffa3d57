import type { Texts, UIHost } from './contract.js';
import type { Category, LocalizedText, ServiceId } from '../core/types.js';


const tables = new WeakMap<UIHost, Promise<Texts>>();

/** The page language's table (fetched once, shared by every UI module) with the config's `texts` overrides. */
export function loadTexts(host: UIHost): Promise<Texts> {
  let table = tables.get(host);
  if (!table) {
    table = host.load(`i18n/${host.language}`).then((module) => ({ ...module.default, ...host.config.texts[host.language] }));
    // A failed fetch may be retried on the next call.
    table.catch(() => tables.delete(host));
    tables.set(host, table);
  }
  return table;
}

/** A service's label from the config alone (before, or without, its details), else its id. */
export const serviceLabel = (host: UIHost, id: ServiceId, language = host.language): string =>
  localize(host.config.services[id]?.config.label, language, 'en') ?? id;

/** Picks a config string for the language: exact, base language, the fallback, then the first given. */
export function localize(text: LocalizedText | undefined, language: string, fallback: string): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  return text[language] ?? text[language.split('-')[0]] ?? text[fallback] ?? Object.values(text)[0];
}

/** A category's title or description: the config's text first, then the table's, then its id (titles only). */
export const categoryText = (host: UIHost, table: Texts, category: Category, field: 'title' | 'description'): string =>
  localize(category[field], host.language, host.config.fallbackLanguage) ??
  table[category.id + (field === 'title' ? 'Title' : 'Description')] ??
  (field === 'title' ? category.id : '');

/** A category's title by id (an unknown id is shown as is). */
export function categoryTitle(host: UIHost, table: Texts, id: string): string {
  const category = host.config.categories.find((c) => c.id === id);
  return category ? categoryText(host, table, category, 'title') : id;
}

/** A new element with attributes (an `on<event>` entry is a listener) and children; the plain-DOM parts' one helper. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | ((event: Event) => void)> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === 'function') node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}

/** A constructable stylesheet: styles without inline <style>, so a strict CSP holds. */
export const sheet = (css: string): CSSStyleSheet => {
  const styles = new CSSStyleSheet();
  styles.replaceSync(css);
  return styles;
};

// The elements' helpers live here too: this module is fetched beside every UI module, so they cost no extra request.
/** HTMLElement where it exists; a plain class on a server, so that importing an element's module never throws there. */
export const BaseElement = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

/**
 * Gives `type` string properties that reflect the attributes of the same name (so frameworks may set either), and
 * hands over a value set on an instance before the element was defined (it would hide the accessor).
 */
export function reflectAttributes(type: { prototype: HTMLElement }, names: string[]): (element: HTMLElement) => void {
  for (const name of names) {
    Object.defineProperty(type.prototype, name, {
      get(this: HTMLElement) {
        return this.getAttribute(name) ?? '';
      },
      set(this: HTMLElement, value: unknown) {
        if (value == null) this.removeAttribute(name);
        else this.setAttribute(name, String(value));
      },
    });
  }
  return (element) => {
    for (const name of names) {
      if (Object.hasOwn(element, name)) {
        const value = (element as unknown as Record<string, unknown>)[name];
        delete (element as unknown as Record<string, unknown>)[name];
        (element as unknown as Record<string, unknown>)[name] = value;
      }
    }
  };
}
