import { PLACEHOLDER_EVENT } from './api/events.js';
import type { LazyFiles, LazyName, Load, UIHandle, UIHost } from './lazy.js';
import { loadFailed } from './load.js';
import { whenParsed } from './util/dom.js';
import type { ConsentChange, ConsentState } from './types.js';

export type View = keyof UIHandle;

export interface UIBridge {
  /** Hands the UI what it may use; called once the config is read. */
  attach(host: UIHost): void;
  /**
   * Shows a view of the UI, loading it first; with no view, the banner unless a decision came meanwhile. Settles once
   * it is in the page (or could not load).
   */
  show(view?: View): Promise<unknown>;
  /** Subscriber: the UI's visibility follows the decision (floating button once decided, the banner after a reset). */
  follow(change: ConsentState | ConsentChange): Promise<unknown> | undefined;
  /** Looks for UI elements that the page added (`<cookie-declaration>`), e.g. a single-page app's route. */
  scan(): void;
}

/**
 * The parsed document, and a task of its own: the core's start-up and the building of the UI are two short tasks
 * rather than one long one (a long task after the first paint is blocking time on a slow phone).
 */
const parsed = (): Promise<void> => new Promise((resolve) => whenParsed(() => setTimeout(resolve)));

/** Loads the Lit UI and the plain-DOM parts (placeholder, floating button) from dist/ only when one must be shown. */
export function createUIBridge(load: Load): UIBridge {
  let host: UIHost;
  let ui: Promise<UIHandle> | undefined;
  /**
   * Loads a UI module (with what it imports: the loader fetches that beside it), the language table, and the files
   * `also` names, in parallel, and waits for the parsed document: one round trip instead of a chain of them.
   */
  const loadUI = <K extends LazyName>(name: K, also: LazyName[] = []): Promise<LazyFiles[K]> =>
    Promise.all([load(name), parsed(), ...[...also, `i18n/${host.language}` as const].map((file) => load(file))]).then(([m]) => m);

  /** What the dialog and the declaration fetch beside their own imports: their texts, and the services' details. */
  const details = (): LazyName[] => [`i18n/dialog/${host.language}`, ...(Object.keys(host.config.services).length ? (['services'] as const) : [])];
  /** `consentLog.impressions`: the banner was shown to a visitor who has not decided; the sender counts it (issue 23). */
  const impression = (): unknown => host.config.consentLog?.impressions && load('consent-log').then((m) => m.sendImpression(host), loadFailed);
  const show = (view?: View): Promise<unknown> =>
    (ui ??= loadUI('cookie-consent-ui', view === 'showPreferences' ? ['preferences-dialog', ...details()] : []).then((m) => m.mount(host)))
      .then((handle) => (view ? handle[view]() : host.view.state.decided || (handle.showBanner(), impression())), (error) => {
        ui = undefined;
        loadFailed(error);
      });

  // Links such as a footer "Paramétrer vos choix" work without the UI loaded: it loads on click.
  // composedPath() also finds links inside shadow roots (a consent-gate's placeholder).
  document.addEventListener('click', (event) => {
    if (host && event.composedPath().some((node) => (node as Element).getAttribute?.('data-cookie-consent') === 'preferences')) {
      event.preventDefault();
      host.api.showPreferences();
    }
  });
  // A refused gate asks for its placeholder; a page listener that called preventDefault() renders its own.
  document.addEventListener(PLACEHOLDER_EVENT, (event) => {
    const { category, service, slot } = event.detail;
    if (host) loadUI('texts').then((m) => void (event.defaultPrevented || m.renderPlaceholder(slot, category, host, service)), loadFailed);
  });

  let declared = false;
  /** `<cookie-declaration>` on the privacy-policy page: its module (with the services' details) loads only there. */
  const scan = (): void => {
    if (host && !declared && document.querySelector('cookie-declaration')) {
      declared = true;
      loadUI('cookie-declaration', details()).then((m) => m.defineDeclaration(host), loadFailed);
    }
  };

  return {
    attach(given) {
      host = given;
      whenParsed(scan);
    },
    scan,
    show,
    follow({ decided }) {
      if (!decided) return show();
      if (host.config.floatingButton) loadUI('floating-button').then((m) => m.showFloatingButton(host), loadFailed);
    },
  };
}
