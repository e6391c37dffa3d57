/**
 * dist/regimes-notice.js (issue 21), fetched by regimes.js under opt-out and notice only: their notice, which the banner
 * (the drop-in carries it) shows in its place: « OK » (method `notice`), under opt-out « Do Not Sell or Share My
 * Personal Information » (method `opt-out`), « Paramétrer vos choix »; the page's do-not-sell links
 * (`data-cookie-consent="do-not-sell"`); and, without any click, that a Global Privacy Control refusal was honoured
 * (CCPA regulations §7025(c)(6)), in a status the visitor may close. Its texts: regime-texts.ts. It imports nothing at
 * run time (no shared chunk): regimes-by-default.js hands it the regime's rules, the banner its DOM helper.
 */
import type { ConsentMethod } from '../../core/types.js';
import type { ConsentStore } from '../../core/consent/store.js';
import type { RegimeNotice, UIHost } from '../../core/lazy.js';
import type { Regime } from '../../core/regimes/regime.js';
import type { RegimeRules } from '../../core/regimes/regime-defaults.js';
import type { UIBridge } from '../../core/ui-bridge.js';

export function regimeNotice(store: ConsentStore, regime: Regime, { signal, saleShare }: RegimeRules, ui: UIBridge): void {
  /** What is granted now, except what `refuse` names. */
  const keptBut = (refuse: (id: string) => boolean) => (id: string): boolean => !refuse(id) && (store.state.categories[id] ?? store.state.services[id]) === true;
  /** Records `method`, keeping what is granted now except what `refuse` names. */
  const keep = (method: ConsentMethod, refuse: (id: string) => boolean) => (): void => store.decide(method, keptBut(refuse));
  // GPC here is a request to opt out of sale and sharing: every other choice stays (should this file not load, it
  // refuses every optional category, as under opt-in: fail closed).
  const { decide } = store;
  store.decide = (method, granted) => decide(method, method === 'gpc' ? keptBut(saleShare) : granted);
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
    host.notice = noticeOf(store, regime, host, keep('notice', () => false), doNotSell, signal);
    // CCPA regulations §7025(c)(3): the signal also wins over an earlier « OK » (its defaults kept).
    if (signal && store.state.method === 'notice') host.api.ready.then(() => store.decide('gpc', () => false));
    attach(host);
  };
  // A decision by the signal is displayed without any click. The banner's promise goes on: gating starts after it.
  ui.follow = (change) => {
    if (change.method === 'gpc' && signal) ui.show('showBanner');
    return follow(change);
  };
}

/** The notice of the opt-out and notice regimes, or the GPC status once the signal's refusal is recorded. */
const noticeOf = (store: ConsentStore, regime: Regime, host: UIHost, ok: () => void, doNotSell: () => void, signal: boolean): RegimeNotice => (h, t, banner): ReturnType<RegimeNotice> => {
  const actions = (...buttons: HTMLElement[]): HTMLElement => h('div', { slot: 'actions', class: 'cc-actions' }, ...buttons);
  const button = (key: string, onclick: () => void, kind = 'choice'): HTMLElement => h('button', { class: `cc-${kind}`, onclick }, t(key));
  if (store.state.method === 'gpc' && signal) {
    return {
      frame: { part: 'gpc-status', 'aria-label': t('gpcHonored') },
      content: [
        h('p', { slot: 'text', role: 'status' }, h('strong', {}, t('gpcHonored')), ' ', t('gpcHonoredText')),
        actions(h('button', { class: 'cc-secondary', 'aria-label': t('noticeClose'), onclick: () => banner.showBanner(false) }, '×')),
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
