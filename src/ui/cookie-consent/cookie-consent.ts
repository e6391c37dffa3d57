import type { PreferencesDialog, PreferencesOptions, UIContext } from '../contract.js';
import { BaseElement, categoryText, h, reflectAttributes, sheet } from '../common.js';
import { bannerStyles, lightDomStyles } from './cookie-consent.styles.js';

let lightSheet: CSSStyleSheet | undefined;

/**
 * The consent banner and preferences dialog, rendered with lit-html into an open shadow root.
 * Created and driven by the core (`mount()`), never by the page. Plain lit-html rather than LitElement keeps the
 * first visit under its size budget; the dialog's code and styles load only when it first opens.
 *
 * @tag cookie-consent
 * @attr {'light'|'dark'} theme - Forces a theme; without it the banner follows prefers-color-scheme.
 * @attr {'bar'|'box'|'modal'} layout - Where the banner sits (default: the config's `layout`, else "bar").
 * @prop {string} theme - Reflects the `theme` attribute.
 * @prop {string} layout - Reflects the `layout` attribute.
 * The banner's words and buttons are the element's light-DOM children (`.cc-title`, `.cc-purposes`, `.cc-link`, `.cc-companies`,
 * `.cc-continue`, `.cc-accept`, `.cc-reject`, `.cc-customize`), rendered by the element itself and slotted into its
 * frame, so that privacy tools reading the light DOM find them; the dialog stays in the shadow root.
 * @csspart banner - The first layer's frame.
 * @csspart regime-notice - With `regimes`, under opt-out and notice: their notice's frame, in the banner's place.
 * @csspart gpc-status - With `regimes`, under opt-out and notice: "Opt-Out Request Honored", in the banner's place.
 * @csspart title - The dialog's heading.
 * @csspart actions - Each row of buttons.
 * @csspart button - Every button of the dialog.
 * @csspart button-accept - The dialog's « Tout accepter ».
 * @csspart button-reject - The dialog's « Tout refuser ».
 * @csspart button-save - The dialog's save button.
 * @csspart button-close - The dialog's close button.
 * @csspart dialog - The preferences dialog.
 * @csspart notice - The Global Privacy Control notice.
 * @csspart category - One row per category.
 * @csspart category-granted - A granted category's row (green band).
 * @csspart category-denied - A refused category's row (red band).
 * @csspart switch - A category's switch.
 * @csspart category-partial - A category whose services disagree (striped band).
 * @csspart disclosure - The button that shows or hides a category's services.
 * @csspart service - One row per service.
 * @csspart service-granted - A granted service's row.
 * @csspart service-denied - A refused service's row.
 * @csspart cookie-table - A service's table of cookies (name, duration, purpose).
 * @cssprop --cc-bg - Background.
 * @cssprop --cc-text - Text colour.
 * @cssprop --cc-text-muted - Secondary text colour.
 * @cssprop --cc-button-bg - Main buttons' background.
 * @cssprop --cc-button-text - Main buttons' text.
 * @cssprop --cc-secondary-bg - Secondary buttons' background.
 * @cssprop --cc-secondary-text - Secondary buttons' text.
 * @cssprop --cc-link - Links.
 * @cssprop --cc-focus - Focus outline.
 * @cssprop --cc-border - Borders.
 * @cssprop --cc-granted - The band of a granted category.
 * @cssprop --cc-denied - The band of a refused category.
 * @cssprop --cc-partial - The band of a category whose services disagree.
 * @cssprop --cc-radius - Corner radius.
 * @cssprop --cc-spacing - Base spacing.
 * @cssprop --cc-font - Font family.
 * @cssprop --cc-z-index - Stacking order.
 * @fires cookie-consent:ready - Once, on document, when the stored record is read (detail: ConsentState).
 * @fires cookie-consent:change - On document, on every recorded decision (detail: ConsentChange).
 */
export class CookieConsentElement extends BaseElement {
  static observedAttributes = ['layout'];
  /** "light" or "dark" forces a theme; empty follows prefers-color-scheme (reflects the `theme` attribute). */
  declare theme: string;
  /** "bar", "box" or "modal" (reflects the `layout` attribute; the config's `layout` when not set). */
  declare layout: string;
  /** @internal */
  context!: UIContext;
  #bannerOpen = false;
  /** Whether the preferences dialog is open (it says so through its `toggled` callback): the banner hides meanwhile. */
  #dialogOpen = false;
  /** The preferences dialog, once it was first asked for (it owns its own state). */
  #dialog?: Promise<PreferencesDialog>;
  #unsubscribe?: () => void;

  connectedCallback(): void {
    upgrade(this);
    const { config, language, view } = this.context.host;
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet(bannerStyles)];
    // The few rules the shadow root cannot reach (::slotted() styles only the slotted elements, not what is inside).
    lightSheet ??= sheet(lightDomStyles);
    if (!document.adoptedStyleSheets.includes(lightSheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, lightSheet];
    this.lang = language;
    if (!this.hasAttribute('theme') && config.theme !== 'auto') this.setAttribute('theme', config.theme);
    if (!this.hasAttribute('layout')) this.layout = config.layout;
    // The one place where a decision closes the banner and the dialog, wherever it came from (a click, the API, a tab).
    this.#unsubscribe = view.subscribe(({ decided }) => {
      // The dialog follows the view too, and closes itself.
      if (decided) this.#bannerOpen = false;
      this.update();
    }, 'the banner');
    this.update();
  }

  // Before it is connected, update() does nothing (no shadow root yet).
  attributeChangedCallback(): void {
    this.update();
  }

  disconnectedCallback(): void {
    this.#unsubscribe?.();
  }

  /** Shows the banner (or, with `false`, hides it without deciding: the GPC status's close button). */
  showBanner(open = true): void {
    this.#bannerOpen = open;
    this.update();
  }

  /** Settles once the last requested view is rendered (the dialog's module may have to load first), as in Lit. @internal */
  updateComplete: Promise<void> = Promise.resolve();

  /** Opens the dialog; `{ expand: true }` opens every category's list of services too. */
  showPreferences(options: PreferencesOptions = {}): Promise<void> {
    const { host } = this.context;
    // The core's loader fetches what the dialog's module imports beside it, in parallel.
    this.#dialog ??= host.load('preferences-dialog').then((m) =>
      m.createDialog(host, this.#dialogRoot, (open) => {
        this.#dialogOpen = open;
        this.update();
      }),
    );
    // A module that failed to load may be fetched again at the next opening.
    this.#dialog.catch(() => (this.#dialog = undefined));
    return (this.updateComplete = this.#dialog.then((dialog) => dialog.show(options)));
  }

  #text(key: string): string {
    return this.context.texts[key] ?? key;
  }

  // Clicks only record the decision; the store's change closes the banner and the dialog (see connectedCallback).
  #acceptAll = (): void => this.context.host.api.acceptAll();
  #rejectAll = (): void => this.context.host.api.rejectAll();
  #continueWithoutAccepting = (event: Event): void => {
    event.preventDefault();
    this.#rejectAll();
  };

  /**
   * The banner's frame, in the shadow root: its position, scrolling text region and row of buttons. The words and
   * buttons themselves are the element's light-DOM children (see bannerContent), slotted in: privacy tools that read
   * only the page's light DOM (auto-responders, auditors) then find them, while the styles stay in the shadow root.
   * Plain DOM, built once per showing: the first layer needs no lit-html (the dialog's module brings it).
   */
  #bannerFrame(modal: boolean, attributes?: Record<string, string>): HTMLElement {
    const t = (key: string) => this.#text(key);
    const section = h(
      'section',
      { class: `banner surface${this.context.host.config.continueWithoutAccepting ? ' has-continue' : ''}`, part: 'banner', role: 'region', 'aria-label': t('bannerTitle'), ...attributes },
      h('slot', { name: 'continue' }),
      h('div', { class: 'text' }, h('slot', { name: 'text' })),
      h('div', { class: 'actions', part: 'actions' }, h('slot', { name: 'actions' })),
    );
    // In the modal layout the banner sits in a modal <dialog> (page dimmed and inert); Escape does not close it.
    return modal ? h('dialog', { class: 'banner-modal', 'aria-label': t('bannerTitle'), oncancel: (e) => e.preventDefault(), onclose: () => this.update() }, section) : section;
  }

  /** The banner's words and buttons, the element's light-DOM children (see bannerFrame). */
  #bannerContent(): Node[] {
    const { host, texts } = this.context;
    const { config } = host;
    const t = (key: string) => this.#text(key);
    const button = (kind: string, key: string, onclick: () => void) => h('button', { class: `cc-${kind}`, onclick }, t(key));
    return [
      ...(config.continueWithoutAccepting ? [h('a', { slot: 'continue', href: '#', class: 'cc-continue', onclick: this.#continueWithoutAccepting }, `${t('continueWithoutAccepting')} →`)] : []),
      h('h2', { slot: 'text', class: 'cc-title' }, t('bannerTitle')),
      h('p', { slot: 'text' }, t('bannerText')),
      h('ul', { slot: 'text', class: 'cc-purposes' }, ...config.categories.map((category) => h('li', {}, categoryText(host, texts, category, 'title')))),
      h('p', { slot: 'text' }, `${t('rejectInfo')} ${t('changeInfo')}`),
      ...(config.privacyPolicyUrl ? [h('p', { slot: 'text' }, `${t('privacyText')} `, h('a', { class: 'cc-link', href: config.privacyPolicyUrl }, t('privacyLink')), '.')] : []),
      ...(Object.keys(config.services).length
        ? [h('button', { slot: 'text', type: 'button', class: 'cc-companies', onclick: () => this.showPreferences({ expand: true }) }, t('showCompanies'))]
        : []),
      h(
        'div',
        { slot: 'actions', class: 'cc-actions' },
        button('choice cc-accept', 'acceptAll', this.#acceptAll),
        button('choice cc-reject', 'rejectAll', this.#rejectAll),
        button('secondary cc-customize', 'customize', () => this.showPreferences()),
      ),
    ];
  }

  #frame?: HTMLElement;
  /** Where the dialog's module renders the dialog (lit-html), beside the banner's frame. */
  #dialogRoot = h('div');

  /** Renders the banner's state; the dialog renders itself. @internal */
  update(): void {
    const root = this.shadowRoot;
    if (!root) return;
    // Issue 21: under the opt-out and notice regimes their notice takes the banner's place, never modal (regimes.js).
    const notice = this.context.host.notice;
    const modal = this.layout === 'modal' && !notice;
    if (this.#frame && (!this.#bannerOpen || (this.#frame.localName === 'dialog') !== modal)) {
      this.#frame.remove();
      this.#frame = undefined;
      this.replaceChildren();
    }
    if (this.#bannerOpen && !this.#frame) {
      const shown = notice?.(h, (key) => this.#text(key), this);
      root.prepend((this.#frame = this.#bannerFrame(modal, shown?.frame)));
      this.replaceChildren(...(shown?.content ?? this.#bannerContent()));
    }
    if (!this.#dialogRoot.isConnected) root.append(this.#dialogRoot);
    const section = root.querySelector<HTMLElement>('.banner');
    if (section) section.hidden = this.#dialogOpen;
    const bannerDialog = root.querySelector<HTMLDialogElement>('dialog.banner-modal');
    if (bannerDialog && !bannerDialog.open && !this.#dialogOpen) bannerDialog.showModal();
    if (bannerDialog?.open && this.#dialogOpen) bannerDialog.close();
  }
}

const upgrade = reflectAttributes(CookieConsentElement, ['theme', 'layout']);
