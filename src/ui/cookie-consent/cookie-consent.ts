import { html, LitElement, nothing } from 'lit';
import type { UIContext } from '../../core/ui-contract.js';
import type { Category, CategoryId } from '../../core/types.js';
import { styles } from './cookie-consent.styles.js';

/** The deepest focused element, across shadow roots, to give focus back to after the dialog. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * The consent banner and preferences dialog. Created and driven by the core (`mount()`), never by the page.
 *
 * @csspart banner - The first layer, fixed at the bottom of the viewport.
 * @csspart title - The banner's and the dialog's headings.
 * @csspart purposes - The list of purposes in the banner.
 * @csspart link - The privacy policy link.
 * @csspart actions - Each row of buttons.
 * @csspart button - Every button; also `button-accept`, `button-reject`, `button-customize`, `button-save`, `button-close`.
 * @csspart dialog - The preferences dialog.
 * @csspart category - One row per category; also `category-granted` or `category-denied`.
 * @csspart switch - A category's switch.
 *
 * @cssproperty --cc-bg, --cc-text, --cc-text-muted - Surface and text colours.
 * @cssproperty --cc-button-bg, --cc-button-text - "Tout accepter" and "Tout refuser" (always identical).
 * @cssproperty --cc-secondary-bg, --cc-secondary-text - "Paramétrer vos choix" and the close button.
 * @cssproperty --cc-link, --cc-focus, --cc-border - Links, focus ring, borders.
 * @cssproperty --cc-granted, --cc-denied - The green and red bands.
 * @cssproperty --cc-radius, --cc-spacing, --cc-font, --cc-z-index - Shape, spacing, font, stacking.
 */
export class CookieConsentElement extends LitElement {
  static override styles = styles;
  static override properties = {
    bannerOpen: { state: true },
    choices: { state: true },
    dialogOpen: { state: true },
  };

  context!: UIContext;
  bannerOpen = false;
  dialogOpen = false;
  /** The dialog's switches, before they are saved. */
  choices: Record<CategoryId, boolean> = {};
  private opener: HTMLElement | null = null;
  private unsubscribe?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.lang = this.context.language;
    this.unsubscribe = this.context.store.subscribe(({ decided }) => {
      if (decided) this.bannerOpen = false;
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
  }

  showBanner(): void {
    this.bannerOpen = true;
  }

  async showPreferences(): Promise<void> {
    const { store } = this.context;
    const { state, previous } = store;
    // Stored choices; after a revision bump, the old ones; before any decision, nothing optional is on.
    this.choices = store.categories((id) => (state.decided ? state.categories[id] : previous?.[id] === true));
    if (this.dialogOpen) return;
    this.opener = deepActiveElement();
    await this.updateComplete;
    this.dialog?.showModal();
    this.dialogOpen = true;
  }

  private get dialog(): HTMLDialogElement | null | undefined {
    return this.shadowRoot?.querySelector('dialog');
  }

  private text(key: string): string {
    return this.context.texts[key] ?? key;
  }

  private categoryTitle(category: Category): string {
    return this.context.categoryText(category, 'title');
  }

  private categoryDescription(category: Category): string {
    return this.context.categoryText(category, 'description');
  }

  private decide(action: () => void): void {
    action();
    this.bannerOpen = false;
    this.dialog?.close();
  }

  private acceptAll = (): void => this.decide(this.context.acceptAll);
  private rejectAll = (): void => this.decide(this.context.rejectAll);
  private save = (): void => this.decide(() => this.context.update({ ...this.choices }));

  private onDialogClose = async (): Promise<void> => {
    // Escape or the close button: nothing is decided. Focus goes back where it was, once the banner is visible again.
    this.dialogOpen = false;
    const opener = this.opener;
    this.opener = null;
    await this.updateComplete;
    opener?.focus();
  };

  private toggle(id: CategoryId, event: Event): void {
    this.choices = { ...this.choices, [id]: (event.target as HTMLInputElement).checked };
  }

  private renderChoiceButtons() {
    return html`
      <button class="choice" part="button button-accept" @click=${this.acceptAll}>${this.text('acceptAll')}</button>
      <button class="choice" part="button button-reject" @click=${this.rejectAll}>${this.text('rejectAll')}</button>
    `;
  }

  private renderBanner() {
    const { config } = this.context;
    return html`
      <section class="banner" part="banner" role="region" aria-labelledby="cc-banner-title" ?hidden=${this.dialogOpen}>
        <div class="text">
          <h2 id="cc-banner-title" part="title">${this.text('bannerTitle')}</h2>
          <p>${this.text('bannerText')}</p>
          <ul class="purposes" part="purposes">
            ${config.categories.map((category) => html`<li>${this.categoryTitle(category)}</li>`)}
          </ul>
          <p>${this.text('rejectInfo')} ${this.text('changeInfo')}</p>
          ${config.privacyPolicyUrl
            ? html`<p>
                ${this.text('privacyText')}
                <a part="link" href=${config.privacyPolicyUrl}>${this.text('privacyLink')}</a>.
              </p>`
            : nothing}
        </div>
        <div class="actions" part="actions">
          ${this.renderChoiceButtons()}
          <button class="secondary" part="button button-customize" @click=${() => this.showPreferences()}>
            ${this.text('customize')}
          </button>
        </div>
      </section>
    `;
  }

  private renderCategory(category: Category) {
    const { id, required } = category;
    const granted = required || this.choices[id] === true;
    const state = granted ? 'granted' : 'denied';
    return html`
      <li class="category" part="category category-${state}" data-category=${id} data-state=${state}>
        <div class="category-head">
          <label for="cc-switch-${id}">${this.categoryTitle(category)}</label>
          <span class="switch">
            <span class="status" aria-hidden="true">
              ${this.text(required ? 'alwaysOn' : granted ? 'granted' : 'denied')}
            </span>
            <input
              id="cc-switch-${id}"
              part="switch"
              type="checkbox"
              role="switch"
              aria-describedby="cc-description-${id}"
              .checked=${granted}
              ?disabled=${required}
              @change=${(event: Event) => this.toggle(id, event)}
            />
          </span>
        </div>
        <p id="cc-description-${id}">${this.categoryDescription(category)}</p>
      </li>
    `;
  }

  private renderDialog() {
    return html`
      <dialog part="dialog" aria-labelledby="cc-dialog-title" @close=${this.onDialogClose}>
        <div class="dialog-head">
          <h2 id="cc-dialog-title" part="title">${this.text('dialogTitle')}</h2>
          <button
            class="close secondary"
            part="button button-close"
            aria-label=${this.text('close')}
            @click=${() => this.dialog?.close()}
          >
            ×
          </button>
        </div>
        <p>${this.text('dialogText')}</p>
        <ul class="categories">
          ${this.context.config.categories.map((category) => this.renderCategory(category))}
        </ul>
        <div class="actions" part="actions">
          ${this.renderChoiceButtons()}
          <button class="secondary" part="button button-save" @click=${this.save}>${this.text('save')}</button>
        </div>
      </dialog>
    `;
  }

  override render() {
    // While the dialog is open the banner is hidden (not removed, so focus can come back to it).
    return html`${this.bannerOpen ? this.renderBanner() : nothing}${this.renderDialog()}`;
  }
}
