import { html, nothing, render } from 'lit-html';
import type { Choices } from '../../core/consent/store.js';
import type { Category, CategoryId, ServiceId } from '../../core/types.js';
import type { ResolvedService } from '../../services/resolved.js';
import { categoryText, loadTexts, sheet } from '../common.js';
import type { PreferencesDialog, PreferencesOptions, Texts, UIHost } from '../contract.js';
import { fill, labelOf, loadDialogTexts, loadServices, renderServiceDetails, serviceOf, servicesCount, type TextLookup } from './service-details.js';
import { dialogStyles } from './preferences-dialog.styles.js';

/** Keeps Tab and Shift+Tab inside the dialog (the page behind is inert, but the browser's UI is not). */
function trapFocus(event: KeyboardEvent): void {
  if (event.key !== 'Tab') return;
  const dialog = event.currentTarget as HTMLDialogElement;
  const focusable = Array.from(dialog.querySelectorAll<HTMLElement>('button, input:not(:disabled), a[href]'));
  const active = (dialog.getRootNode() as ShadowRoot).activeElement;
  const [first, last] = [focusable[0], focusable[focusable.length - 1]];
  if (event.shiftKey ? active === first : active === last) {
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  }
}

/** The deepest focused element, across shadow roots, to give focus back to after the dialog. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

let styles: CSSStyleSheet | undefined;

/**
 * The preferences dialog: one row per category with its switch and its green/red band (striped amber when its
 * services disagree), and its services behind a disclosure, each with its own switch, provider, link and cookies.
 * Escape (the dialog's cancel) and × close it without deciding.
 *
 * It owns its state (open or not, the switches before they are saved, the open disclosures, the services' details)
 * and renders it into the node its opener gave it; it records decisions through the API only, closes itself on any
 * decision (it follows the view), and tells its opener when it opens or closes (`toggled`).
 */
class Dialog implements PreferencesDialog {
  private open = false;
  /** The switches, before they are saved. */
  private choices: Choices = { categories: {}, services: {} };
  /** Every service's details, once resolved. */
  private services: Record<ServiceId, ResolvedService> = {};
  /** Categories whose services disclosure is open. */
  private expanded = new Set<CategoryId>();
  /** Where focus goes back when the dialog closes. */
  private opener: HTMLElement | null = null;
  private texts: Texts = {};

  constructor(
    private readonly host: UIHost,
    private readonly root: HTMLElement,
    private readonly toggled: (open: boolean) => void,
  ) {
    host.view.subscribe(({ decided }) => decided && this.close(), 'the preferences dialog');
  }

  private text = (key: string): string => this.texts[key] ?? key;
  private t: TextLookup = (key, values = {}) => fill(this.text(key), values);
  private get dialog(): HTMLDialogElement | null {
    return this.root.querySelector('dialog.preferences');
  }

  /**
   * Opens the dialog. First its texts and styles (once), and every service's details (services.js and the presets,
   * resolved once; a failure shows the config's own labels); then the disclosures (all open with `expand`), and the
   * switches: the stored choices, after a revision bump the old ones, before any decision nothing optional on.
   */
  async show({ expand = false }: PreferencesOptions): Promise<void> {
    if (this.open) return;
    this.opener = deepActiveElement();
    const { host } = this;
    const shadow = this.root.getRootNode() as ShadowRoot | Document;
    // The first opening adds the dialog's texts to the table and adopts the styles (again next time if the texts
    // failed to load).
    const first = !shadow.adoptedStyleSheets.includes((styles ??= sheet(dialogStyles)));
    this.texts = await loadTexts(host);
    [, this.services] = await Promise.all([first && loadDialogTexts(host, this.texts), loadServices(host).catch(() => ({}))]);
    if (first) shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, styles];
    this.expanded = new Set(expand ? host.config.categories.filter((c) => c.services.length).map((c) => c.id) : []);
    const { state, previous } = host.view;
    // Undecided without an older decision: what is granted now (a regime may grant by default).
    const from = state.decided ? state : previous ?? state;
    this.choices = host.view.choices((id) => (from?.services[id] ?? from?.categories[id]) === true);
    this.open = true;
    this.render();
    this.toggled(true);
    this.dialog?.showModal();
  }

  /** Closes the dialog; focus goes back where it was, once the opener has shown what was under it. */
  close(): void {
    if (!this.open) return;
    this.open = false;
    this.dialog?.close();
    this.render();
    this.toggled(false);
    this.opener?.focus();
    this.opener = null;
  }

  /** Sets a service, or a category (all its services when it has some). */
  private toggle(id: CategoryId | ServiceId, checked: boolean): void {
    const category = this.host.config.categories.find((c) => c.id === id);
    const ids = category?.services.length ? category.services : [id];
    const { categories, services } = this.choices;
    this.choices = this.host.view.choices((leaf) => (ids.includes(leaf) ? checked : (services[leaf] ?? categories[leaf]) === true));
    this.render();
  }

  /** Opens or closes a category's services disclosure. */
  private toggleServices(id: CategoryId): void {
    if (!this.expanded.delete(id)) this.expanded.add(id);
    this.render();
  }

  /** The switches as update() takes them: every service, and each category that has none. */
  private leafChoices(): Record<string, boolean> {
    const { categories, services } = this.choices;
    const leaves: Record<string, boolean> = { ...services };
    for (const { id, services: ids } of this.host.config.categories) if (!ids.length) leaves[id] = categories[id];
    return leaves;
  }

  private renderService(id: ServiceId, required: boolean) {
    const { language, config } = this.host;
    const service = serviceOf(this.services, config, id);
    const state = required || this.choices.services[id] === true ? 'granted' : 'denied';
    const hasInfo = !!(service.provider || service.privacyPolicyUrl);
    return html`
      <li class="service" part="service service-${state}" data-service=${id} data-state=${state}>
        <div class="row-head">
          <label for="cc-service-${id}">${labelOf(service, language)}</label>
          <span class="switch">
            <span class="status" aria-hidden="true">${this.text(required ? 'alwaysOn' : state)}</span>
            <input
              id="cc-service-${id}"
              part="switch"
              type="checkbox"
              role="switch"
              aria-describedby=${hasInfo ? `cc-provider-${id}` : nothing}
              .checked=${state === 'granted'}
              ?disabled=${required}
              @change=${(event: Event) => this.toggle(id, (event.target as HTMLInputElement).checked)}
            />
          </span>
        </div>
        ${renderServiceDetails(this.t, service, language, `cc-provider-${id}`)}
      </li>
    `;
  }

  private renderCategory(category: Category) {
    const { id, required, services } = category;
    const { t, text } = this;
    const title = (field: 'title' | 'description') => categoryText(this.host, this.texts, category, field);
    const count = services.filter((service) => required || this.choices.services[service] === true).length;
    const granted = required || this.choices.categories[id] === true;
    // A category whose services disagree is neither: its own state, band and count.
    const state = granted ? 'granted' : count > 0 ? 'partial' : 'denied';
    const open = this.expanded.has(id);
    return html`
      <li class="category" part="category category-${state}" data-category=${id} data-state=${state}>
        <div class="row-head">
          <label id="cc-label-${id}" for="cc-switch-${id}">${title('title')}</label>
          <span class="switch">
            <span class="status" aria-hidden="true">${text(required ? 'alwaysOn' : state)}</span>
            <input
              id="cc-switch-${id}"
              part="switch"
              type="checkbox"
              role="switch"
              aria-describedby="${state === 'partial' ? `cc-count-${id} ` : ''}cc-description-${id}"
              .checked=${granted}
              ?disabled=${required}
              @change=${(event: Event) => this.toggle(id, (event.target as HTMLInputElement).checked)}
            />
          </span>
        </div>
        ${state === 'partial'
          ? html`<p class="count" id="cc-count-${id}">${t('grantedCount', { granted: count, total: services.length })}</p>`
          : nothing}
        <p class="description" id="cc-description-${id}">${title('description')}</p>
        ${services.length
          ? html`
              <button
                type="button"
                class="disclosure"
                part="disclosure"
                aria-expanded=${open ? 'true' : 'false'}
                aria-controls="cc-services-${id}"
                aria-describedby="cc-label-${id}"
                @click=${() => this.toggleServices(id)}
              >
                <span class="chevron" aria-hidden="true"></span>${servicesCount(t, this.host.language, services.length)}
              </button>
              <ul class="services" id="cc-services-${id}" ?hidden=${!open}>
                ${services.map((service) => this.renderService(service, required))}
              </ul>
            `
          : nothing}
      </li>
    `;
  }

  /** Renders the dialog (nothing while it is closed and never opened). */
  private render(): void {
    const { config, view, api } = this.host;
    const { text } = this;
    const close = () => this.close();
    render(html`
      <dialog
        class="preferences"
        part="dialog"
        aria-labelledby="cc-dialog-title"
        @keydown=${trapFocus}
        @cancel=${(event: Event) => {
          event.preventDefault();
          close();
        }}
      >
        <div class="dialog-head">
          <h2 id="cc-dialog-title" part="title">${text('dialogTitle')}</h2>
          <button class="close secondary" part="button button-close" aria-label=${text('close')} @click=${close}>×</button>
        </div>
        <p>${text('dialogText')}</p>
        ${view.state.method === 'gpc' ? html`<p class="notice" part="notice" role="note">${text('gpcNotice')}</p>` : nothing}
        <ul class="categories">
          ${config.categories.map((category) => this.renderCategory(category))}
        </ul>
        <div class="actions" part="actions">
          <button class="choice" part="button button-accept" @click=${() => api.acceptAll()}>${text('acceptAll')}</button>
          <button class="choice" part="button button-reject" @click=${() => api.rejectAll()}>${text('rejectAll')}</button>
          <button class="secondary" part="button button-save" @click=${() => api.update(this.leafChoices())}>${text('save')}</button>
        </div>
      </dialog>
    `, this.root);
  }
}

/** The preferences dialog for `host`, rendered into `root`; `toggled` tells its opener when it opens or closes. */
export const createDialog = (host: UIHost, root: HTMLElement, toggled: (open: boolean) => void): PreferencesDialog => new Dialog(host, root, toggled);
