import { html, nothing, render } from 'lit-html';
import { pickLanguage } from '../../core/config/language.js';
import type { Category, ServiceId } from '../../core/types.js';
import type { ResolvedService } from '../../services/resolved.js';
import type { Texts, UIHost } from '../contract.js';
import { fill, labelOf, loadServices, renderServiceDetails, serviceOf, servicesCount, type TextLookup } from '../preferences/service-details.js';
import { BaseElement, localize, reflectAttributes } from '../common.js';
import { declarationStyles } from './cookie-declaration.styles.js';

export const DECLARATION_NAME = 'cookie-declaration';

type State = 'granted' | 'denied' | 'partial';

let host: UIHost | undefined;
let sheet: CSSStyleSheet | undefined;
/** Both tables of a language (first layer and dialog) with the config's overrides, fetched once per language. */
let tables = new Map<string, Promise<Texts>>();

function loadTables(given: UIHost, language: string): Promise<Texts> {
  let table = tables.get(language);
  if (!table) {
    table = Promise.all([given.load(`i18n/${language}`), given.load(`i18n/dialog/${language}`)]).then(([first, dialog]) => ({
      ...first?.default,
      ...dialog?.default,
      ...given.config.texts[language],
    }));
    table.catch(() => tables.delete(language));
    tables.set(language, table);
  }
  return table;
}

/**
 * The list of services and cookies for the privacy-policy page: per category, its title and description, the visitor's
 * current choice, each service with its provider, privacy-policy link and table of cookies (a category without
 * services lists its cookie names), and a button that opens the preferences. It follows every decision and the
 * page's `<html lang>`, and prints cleanly. The core defines it when the page has one (nothing to import).
 *
 * @tag cookie-declaration
 * @attr {'light'|'dark'} theme - Forces the colour scheme of the state words and bands (default: the page's).
 * @attr {string} heading-level - The level of the categories' headings (default 2; the services' are one below).
 * @prop {string} theme - Reflects the `theme` attribute.
 * @prop {number} headingLevel - Reflects the `heading-level` attribute.
 * @csspart category - One section per category.
 * @csspart category-granted - A granted category (green band).
 * @csspart category-denied - A refused category (red band).
 * @csspart category-partial - A category whose services disagree (double amber band).
 * @csspart choice - The visitor's current choice.
 * @csspart service - One item per service.
 * @csspart service-granted - A granted service.
 * @csspart service-denied - A refused service.
 * @csspart cookie-table - A service's table of cookies (name, duration, purpose).
 * @csspart button - « Modifier mes choix ».
 * @cssprop --cc-text - Text colour (default: the page's).
 * @cssprop --cc-text-muted - Secondary text colour.
 * @cssprop --cc-link - Links.
 * @cssprop --cc-button-bg - The button's background.
 * @cssprop --cc-button-text - The button's text.
 * @cssprop --cc-focus - Focus outline.
 * @cssprop --cc-border - Borders.
 * @cssprop --cc-granted - The band and word of a granted choice.
 * @cssprop --cc-denied - The band and word of a refused choice.
 * @cssprop --cc-partial - The band and word of a category whose services disagree.
 * @cssprop --cc-radius - Corner radius.
 * @cssprop --cc-spacing - Base spacing.
 */
export class CookieDeclarationElement extends BaseElement {
  static observedAttributes = ['heading-level'];
  /** "light" or "dark" forces a colour scheme (reflects the `theme` attribute). */
  declare theme: string;
  /** The level of the categories' headings, 1 to 5 (reflects the `heading-level` attribute; default 2). */
  get headingLevel(): number {
    return Math.min(Math.max(Number(this.getAttribute('heading-level')) || 2, 1), 5);
  }

  set headingLevel(value: number) {
    this.setAttribute('heading-level', String(value));
  }

  /** @internal The language shown (set once its tables are loaded). */
  language = '';
  private texts?: Texts;
  private services: Record<ServiceId, ResolvedService> = {};
  private unsubscribe?: () => void;
  private observer?: MutationObserver;
  /** @internal Settles once the texts and services of the current language are loaded and rendered. */
  updateComplete: Promise<void> = Promise.resolve();

  connectedCallback(): void {
    upgrade(this);
    // A headingLevel set before the element was defined hides the accessor: hand it over.
    if (Object.hasOwn(this, 'headingLevel')) {
      const level = (this as { headingLevel: number }).headingLevel;
      delete (this as Partial<{ headingLevel: number }>).headingLevel;
      this.headingLevel = level;
    }
    if (!host) return;
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(declarationStyles);
    }
    root.adoptedStyleSheets = [sheet];
    this.unsubscribe = host.view.subscribe(() => this.update(), 'the cookie declaration');
    this.observer = new MutationObserver(() => void this.refresh());
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    void this.refresh();
  }

  disconnectedCallback(): void {
    this.unsubscribe?.();
    this.observer?.disconnect();
  }

  attributeChangedCallback(): void {
    this.update();
  }

  /** Loads the page language's tables (with the services' details) and renders; the last language asked wins. */
  refresh(): Promise<void> {
    const given = host!;
    const language = pickLanguage(given.config.language, given.config.fallbackLanguage);
    return (this.updateComplete = Promise.all([loadTables(given, language), loadServices(given, language).catch(() => ({}))]).then(([texts, services]) => {
      if (language !== pickLanguage(given.config.language, given.config.fallbackLanguage)) return this.updateComplete;
      Object.assign(this, { language, texts, services });
      this.update();
    }));
  }

  private text: TextLookup = (key, values = {}) => fill(this.texts?.[key] ?? key, values);

  private categoryText(category: Category, field: 'title' | 'description'): string {
    return (
      localize(category[field], this.language, host!.config.fallbackLanguage) ??
      this.texts?.[category.id + (field === 'title' ? 'Title' : 'Description')] ??
      (field === 'title' ? category.id : '')
    );
  }

  private renderChoice(state: State, required: boolean, detail = '') {
    const { decided } = host!.view.state;
    const word = this.text(required ? 'alwaysOn' : state) + detail;
    return html`<p class="choice" part="choice">
      ${this.text('yourChoice', { state: '\u0000' }).split('\u0000').map((part, i) =>
        i ? html`<span data-state=${state}>${word}</span>${part}` : part,
      )}${decided || required ? nothing : ` (${this.text('undecided')})`}
    </p>`;
  }

  private renderService(id: ServiceId, required: boolean, level: number) {
    const { services } = host!.view.state;
    const service = serviceOf(this.services, host!.config, id);
    const state: State = required || services[id] ? 'granted' : 'denied';
    return html`<li class="service" part="service service-${state}" data-service=${id} data-state=${state}>
      <div class="heading" role="heading" aria-level=${level}>${labelOf(service, this.language)}</div>
      ${this.renderChoice(state, required)} ${renderServiceDetails(this.text, service, this.language, `cd-provider-${id}`)}
    </li>`;
  }

  private renderCategory(category: Category, level: number) {
    const { categories, services: granted } = host!.view.state;
    const { id, required, services, cookies } = category;
    const count = services.filter((service) => required || granted[service]).length;
    const state: State = required || categories[id] ? 'granted' : count ? 'partial' : 'denied';
    const detail = state === 'partial' ? ` (${this.text('grantedCount', { granted: count, total: services.length })})` : '';
    return html`<section class="category" part="category category-${state}" data-category=${id} data-state=${state} aria-labelledby="cd-title-${id}">
      <div class="heading" role="heading" aria-level=${level} id="cd-title-${id}">${this.categoryText(category, 'title')}</div>
      <p>${this.categoryText(category, 'description')}</p>
      ${this.renderChoice(state, required, detail)}
      ${services.length
        ? html`<p class="note">${servicesCount(this.text, this.language, services.length)}</p>
            <ul class="services">
              ${services.map((service) => this.renderService(service, required, level + 1))}
            </ul>`
        : cookies.length
          ? html`<p>${this.text('categoryCookies', { list: cookies.join(', ') })}</p>`
          : nothing}
    </section>`;
  }

  /** Renders what it knows (nothing before the texts are loaded). @internal */
  update(): void {
    if (!this.shadowRoot || !host || !this.texts) return;
    const level = this.headingLevel;
    this.lang = this.language;
    render(
      html`${host.config.categories.map((category) => this.renderCategory(category, level))}
        <p class="actions">
          <button type="button" part="button" @click=${() => host!.api.showPreferences()}>${this.text('editChoices')}</button>
        </p>`,
      this.shadowRoot,
    );
  }
}

const upgrade = reflectAttributes(CookieDeclarationElement, ['theme']);

/** Defines `<cookie-declaration>` with access to the host (the core calls it when the page has one). */
export function defineDeclaration(given: UIHost): void {
  const changed = host !== undefined && host !== given;
  if (host !== given) tables = new Map();
  host = given;
  const defined = customElements.get(DECLARATION_NAME);
  if (!defined) return customElements.define(DECLARATION_NAME, CookieDeclarationElement);
  if (defined !== CookieDeclarationElement) {
    return console.error(`[cookie-consent] <${DECLARATION_NAME}> is already defined by another script; the declaration cannot be shown.`);
  }
  // Elements already connected under an earlier host follow the new one.
  if (changed) {
    for (const element of document.querySelectorAll(DECLARATION_NAME)) {
      if (element instanceof CookieDeclarationElement) {
        element.disconnectedCallback();
        element.connectedCallback();
      }
    }
  }
}
