/**
 * What the UI does under a regime (issue 21), bundled into regimes.js:
 * - the regime's texts (i18n/notice/<language>.js, fetched only under uk, opt-out and notice) over the language's
 *   table: under uk the line that names what is on leads the banner's refusal text; under opt-out and notice the
 *   notice's texts, and the dialog's GPC line says "Opt-Out Request Honored";
 * - the page's « Do Not Sell or Share My Personal Information » links (`data-cookie-consent="do-not-sell"`);
 * - under opt-out and notice, the notice, which the banner (the drop-in carries it) shows in its place: « OK »
 *   (method `notice`), under opt-out « Do Not Sell or Share… » (method `opt-out`), « Paramétrer vos choix »; and,
 *   without any click, that a Global Privacy Control refusal was honoured (CCPA regulations §7025(c)(6)), in a
 *   status the visitor may close.
 * regimes.js fetches it once the regime is known. It imports nothing at run time (no shared chunk): regimes.js hands
 * it the regime's rules, the banner hands the notice its DOM helper.
 */
import type { ConsentMethod } from '../../core/types.js';
import type { ConsentStore } from '../../core/consent/store.js';
import type { Load, RegimeNotice, Texts, UIHost } from '../../core/lazy.js';
import type { Regime, RegimeRules } from '../../core/regimes/regime.js';
import type { UIBridge } from '../../core/ui-bridge.js';

export function attachRegimeUI(store: ConsentStore, regime: Regime, { optOut, signal, saleShare }: RegimeRules, ui: UIBridge, load: Load): void {
  const { config } = store;
  /** Records `method`, keeping what is granted now except what `refuse` names. */
  const keep = (method: ConsentMethod, refuse: (id: string) => boolean) => (): void =>
    store.decide(method, (id) => !refuse(id) && (store.state.categories[id] ?? store.state.services[id]) === true);
  const doNotSell = keep('opt-out', saleShare);
  // Page links such as a footer « Do Not Sell or Share My Personal Information »; composedPath() finds them in shadow roots.
  document.addEventListener('click', (event) => {
    if (event.composedPath().some((node) => (node as Element).getAttribute?.('data-cookie-consent') === 'do-not-sell')) {
      event.preventDefault();
      doNotSell();
    }
  });

  const { attach, follow } = ui;
  ui.attach = (host) => {
    const { language } = host;
    const texts = (): Promise<Texts> => load(`i18n/notice/${language}`).then((m) => m.default);
    if (regime.id !== 'opt-in') {
      host.load = ((name: `i18n/${string}`) =>
        name === `i18n/${language}`
          ? Promise.all([load(name), texts(), load('texts')]).then(([first, more, { categoryTitle }]) => {
              const table: Texts = { ...first.default, ...more, ...config.texts[language] };
              if (regime.id === 'uk' && regime.byDefault.length) {
                table.rejectInfo = `${table.objectableText.replace('{list}', regime.byDefault.map((id) => categoryTitle(host, table, id)).join(', '))} ${table.rejectInfo}`;
              }
              return { default: table };
            })
          : optOut && name === `i18n/dialog/${language}`
            ? Promise.all([load(name), texts()]).then(([dialog, more]) => ({ default: { ...dialog.default, gpcNotice: `${more.gpcHonored}. ${more.gpcHonoredText}` } }))
            : load(name)) as Load;
    }
    if (optOut) {
      host.notice = noticeOf(store, regime, host, keep('notice', () => false), doNotSell, signal);
      // CCPA regulations §7025(c)(3): the signal also wins over an earlier « OK » (its defaults kept).
      if (signal && store.state.method === 'notice') host.api.ready.then(() => store.decide('gpc', () => false));
    }
    attach(host);
  };
  // Under opt-out and notice, a decision by the signal is displayed without any click.
  if (optOut) {
    ui.follow = (change) => {
      if (change.method === 'gpc' && signal) ui.show('showBanner');
      follow(change);
    };
  }
}

/** The notice of the opt-out and notice regimes, or the GPC status once the signal's refusal is recorded. */
const noticeOf = (store: ConsentStore, regime: Regime, host: UIHost, ok: () => void, doNotSell: () => void, signal: boolean): RegimeNotice => (h, t, close): ReturnType<RegimeNotice> => {
  const actions = (...buttons: HTMLElement[]): HTMLElement => h('div', { slot: 'actions', class: 'cc-actions' }, ...buttons);
  const button = (key: string, onclick: () => void, kind = 'choice'): HTMLElement => h('button', { class: `cc-${kind}`, onclick }, t(key));
  if (store.state.method === 'gpc' && signal) {
    return {
      frame: { part: 'gpc-status', 'aria-label': t('gpcHonored') },
      content: [
        h('p', { slot: 'text', role: 'status' }, h('strong', {}, t('gpcHonored')), ' ', t('gpcHonoredText')),
        actions(h('button', { class: 'cc-secondary', 'aria-label': t('noticeClose'), onclick: close }, '×')),
      ],
    };
  }
  const url = store.config.privacyPolicyUrl;
  return {
    frame: { part: 'regime-notice', 'aria-label': t('noticeTitle') },
    content: [
      h('h2', { slot: 'text' }, t('noticeTitle')),
      h('p', { slot: 'text' }, t(regime.id === 'opt-out' ? 'optOutText' : 'noticeText'), ...(url ? [' ', h('a', { href: url }, t('privacyLink'))] : [])),
      actions(button('noticeOk', ok), ...(regime.id === 'opt-out' ? [button('doNotSell', doNotSell)] : []), button('customize', () => host.api.showPreferences(), 'secondary')),
    ],
  };
};
