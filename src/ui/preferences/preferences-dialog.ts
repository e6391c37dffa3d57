import { html, nothing, render } from 'lit-html';
import type { Category, CategoryId, ServiceId } from '../../core/types.js';
import type { CookieConsentElement } from '../cookie-consent/cookie-consent.js';
import { sheet } from '../common.js';
import type { PreferencesOptions } from '../contract.js';
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

function renderService(host: CookieConsentElement, id: ServiceId, required: boolean, t: TextLookup) {
  const { language } = host.context;
  const service = serviceOf(host.services, host.context.config, id);
  const state = required || host.choices.services[id] === true ? 'granted' : 'denied';
  const hasInfo = !!(service.provider || service.privacyPolicyUrl);
  return html`
    <li class="service" part="service service-${state}" data-service=${id} data-state=${state}>
      <div class="row-head">
        <label for="cc-service-${id}">${labelOf(service, language)}</label>
        <span class="switch">
          <span class="status" aria-hidden="true">${host.text(required ? 'alwaysOn' : state)}</span>
          <input
            id="cc-service-${id}"
            part="switch"
            type="checkbox"
            role="switch"
            aria-describedby=${hasInfo ? `cc-provider-${id}` : nothing}
            .checked=${state === 'granted'}
            ?disabled=${required}
            @change=${(event: Event) => toggle(host, id, (event.target as HTMLInputElement).checked)}
          />
        </span>
      </div>
      ${renderServiceDetails(t, service, language, `cc-provider-${id}`)}
    </li>
  `;
}

function renderCategory(host: CookieConsentElement, category: Category, t: TextLookup) {
  const { id, required, services } = category;
  const count = services.filter((service) => required || host.choices.services[service] === true).length;
  const granted = required || host.choices.categories[id] === true;
  // A category whose services disagree is neither: its own state, band and count.
  const state = granted ? 'granted' : count > 0 ? 'partial' : 'denied';
  const open = host.expanded.has(id);
  return html`
    <li class="category" part="category category-${state}" data-category=${id} data-state=${state}>
      <div class="row-head">
        <label id="cc-label-${id}" for="cc-switch-${id}">${host.context.categoryText(category, 'title')}</label>
        <span class="switch">
          <span class="status" aria-hidden="true">${host.text(required ? 'alwaysOn' : state)}</span>
          <input
            id="cc-switch-${id}"
            part="switch"
            type="checkbox"
            role="switch"
            aria-describedby="${state === 'partial' ? `cc-count-${id} ` : ''}cc-description-${id}"
            .checked=${granted}
            ?disabled=${required}
            @change=${(event: Event) => toggle(host, id, (event.target as HTMLInputElement).checked)}
          />
        </span>
      </div>
      ${state === 'partial'
        ? html`<p class="count" id="cc-count-${id}">${t('grantedCount', { granted: count, total: services.length })}</p>`
        : nothing}
      <p class="description" id="cc-description-${id}">${host.context.categoryText(category, 'description')}</p>
      ${services.length
        ? html`
            <button
              type="button"
              class="disclosure"
              part="disclosure"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls="cc-services-${id}"
              aria-describedby="cc-label-${id}"
              @click=${() => toggleServices(host, id)}
            >
              <span class="chevron" aria-hidden="true"></span>${servicesCount(t, host.context.language, services.length)}
            </button>
            <ul class="services" id="cc-services-${id}" ?hidden=${!open}>
              ${services.map((service) => renderService(host, service, required, t))}
            </ul>
          `
        : nothing}
    </li>
  `;
}

/** The deepest focused element, across shadow roots, to give focus back to after the dialog. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

let styles: CSSStyleSheet | undefined;
const dialog = (host: CookieConsentElement) => host.query<HTMLDialogElement>('dialog.preferences');

/**
 * Opens the dialog. First its texts and styles (once), and every service's details (services.js and the presets,
 * resolved once; a failure shows the config's own labels); then the disclosures (all open with `expand`), and the
 * switches: the stored choices, after a revision bump the old ones, before any decision nothing optional on.
 */
export async function openDialog(host: CookieConsentElement, { expand = false }: PreferencesOptions): Promise<void> {
  if (host.dialogOpen) return;
  host.opener = deepActiveElement();
  const { config, view, texts, host: ui } = host.context;
  const root = host.shadowRoot!;
  // The first opening on this element adds the dialog's texts to the table and adopts the styles (again next time if
  // the texts failed to load).
  const first = !root.adoptedStyleSheets.includes((styles ??= sheet(dialogStyles)));
  [, host.services] = await Promise.all([first && loadDialogTexts(ui, texts), loadServices(ui).catch(() => ({}))]);
  if (first) root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles];
  host.expanded = new Set(expand ? config.categories.filter((c) => c.services.length).map((c) => c.id) : []);
  const { state, previous } = view;
  const from = state.decided ? state : previous;
  host.choices = view.choices((id) => (from?.services[id] ?? from?.categories[id]) === true);
  host.dialogOpen = true;
  host.update();
  dialog(host)?.showModal();
}

/** Closes the dialog; focus goes back where it was, once the banner is visible again. */
export function closeDialog(host: CookieConsentElement): void {
  if (!host.dialogOpen) return;
  host.dialogOpen = false;
  dialog(host)?.close();
  host.update();
  host.opener?.focus();
  host.opener = null;
}

/** Sets a service, or a category (all its services when it has some). */
function toggle(host: CookieConsentElement, id: CategoryId | ServiceId, checked: boolean): void {
  const category = host.context.config.categories.find((c) => c.id === id);
  const ids = category?.services.length ? category.services : [id];
  const { categories, services } = host.choices;
  host.choices = host.context.view.choices((leaf) => (ids.includes(leaf) ? checked : (services[leaf] ?? categories[leaf]) === true));
  host.update();
}

/** Opens or closes a category's services disclosure. */
function toggleServices(host: CookieConsentElement, id: CategoryId): void {
  if (!host.expanded.delete(id)) host.expanded.add(id);
  host.update();
}

/** The switches as update() takes them: every service, and each category that has none. */
function leafChoices({ choices: { categories, services }, context }: CookieConsentElement): Record<string, boolean> {
  const leaves: Record<string, boolean> = { ...services };
  for (const { id, services: ids } of context.config.categories) if (!ids.length) leaves[id] = categories[id];
  return leaves;
}

/**
 * The preferences dialog: one row per category with its switch and its green/red band (striped amber when its
 * services disagree), and its services behind a disclosure, each with its own switch, provider, link and cookies.
 * Escape (the dialog's cancel) and × close it without deciding.
 */
export function renderDialog(host: CookieConsentElement, root: HTMLElement): void {
  const { config, view } = host.context;
  const t: TextLookup = (key, values = {}) => fill(host.text(key), values);
  render(html`
    <dialog
      class="preferences"
      part="dialog"
      aria-labelledby="cc-dialog-title"
      @keydown=${trapFocus}
      @cancel=${(event: Event) => {
        event.preventDefault();
        closeDialog(host);
      }}
    >
      <div class="dialog-head">
        <h2 id="cc-dialog-title" part="title">${host.text('dialogTitle')}</h2>
        <button class="close secondary" part="button button-close" aria-label=${host.text('close')} @click=${() => closeDialog(host)}>
          ×
        </button>
      </div>
      <p>${host.text('dialogText')}</p>
      ${view.state.method === 'gpc' ? html`<p class="notice" part="notice" role="note">${host.text('gpcNotice')}</p>` : nothing}
      <ul class="categories">
        ${config.categories.map((category) => renderCategory(host, category, t))}
      </ul>
      <div class="actions" part="actions">
        <button class="choice" part="button button-accept" @click=${host.acceptAll}>${host.text('acceptAll')}</button>
        <button class="choice" part="button button-reject" @click=${host.rejectAll}>${host.text('rejectAll')}</button>
        <button class="secondary" part="button button-save" @click=${() => host.context.update(leafChoices(host))}>${host.text('save')}</button>
      </div>
    </dialog>
  `, root);
}
