/**
 * dist/regimes.js: loaded only when the config has `regimes`. It checks the key, finds the visitor's region, picks the
 * regime, and hands the core what the regime changes: its store (regime-store.ts) and, under regimes other than
 * opt-in, what the UI shows (consent-notice.js: src/ui/notice/). Until it has answered, the core starts nothing (fail
 * closed). Everything it imports is bundled into it: it fetches no shared chunk.
 */
import { checkRegimes } from 'bandeau-catalog/config/check-regimes';
import type { CookieJar } from '../consent/cookie-jar.js';
import type { ConsentStore } from '../consent/store.js';
import type { LazyFiles, LazyName, Load } from '../lazy.js';
import type { RegimesConfig, ResolvedConfig } from '../types.js';
import type { UIBridge } from '../ui-bridge.js';
import type { Texts, UIHost } from '../lazy.js';
import { grantsByDefault, type Regime } from './regime.js';
import { regimeOf } from './regions.js';
import { type CreateStore, regimeStore } from './regime-store.js';
import { findRegion } from './sources.js';

/** What the core asks of the regime once it is known. */
export interface RegimeHooks {
  regime: Regime;
  /**
   * The store: the core's, decorated for the regime (called as the core's createStore would be). It also decorates
   * the UI bridge: as the core attaches the UI, the host gets the regime, and under opt-out and notice ui.follow
   * becomes the notice's subscriber.
   */
  store(config: ResolvedConfig, jar: CookieJar): ConsentStore;
}

/** The regime of this page view: the visitor's region through the map, or `unknown` when no source answered. */
export async function resolveRegime(config: ResolvedConfig, given: RegimesConfig, load: Load, createStore: CreateStore, ui: UIBridge): Promise<RegimeHooks> {
  const { regimes, problems } = checkRegimes(given, config.categories);
  if (problems.length) load('config-report').then((m) => m.reportRegimes(problems), () => {});
  const region = await findRegion(regimes, load);
  const id = region ? regimeOf(region, regimes.regions) : regimes.unknown;
  const optional = config.categories.filter((c) => !c.required).map((c) => c.id);
  const byDefault = id === 'uk' ? regimes.objectable : grantsByDefault(id) ? optional.filter((c) => !regimes.sensitive.includes(c)) : [];
  const regime: Regime = { id, region, byDefault, saleShare: regimes.saleShare };
  // opt-out and notice show a notice instead of the banner: its module comes now (the core is still waiting).
  const notice: LazyFiles['consent-notice'] | undefined = grantsByDefault(id) ? await load('consent-notice').catch(() => undefined) : undefined;
  return {
    regime,
    store(config, jar) {
      const store = regimeStore(createStore, config, jar, regime);
      const attach = ui.attach;
      // As the core attaches the UI: the host gets the regime, and the UI's subscriber is the notice's where it applies.
      ui.attach = (host) => {
        const doNotSell = (): void => store.decide('opt-out', (id) => !regime.saleShare.includes(store.config.services[id]?.category ?? id) && (store.state.categories[id] ?? store.state.services[id]) === true);
        // Page links such as a footer « Do Not Sell or Share My Personal Information »; composedPath() finds them in shadow roots.
        document.addEventListener('click', (event) => {
          if (event.composedPath().some((node) => (node as Element).getAttribute?.('data-cookie-consent') === 'do-not-sell')) {
            event.preventDefault();
            doNotSell();
          }
        });
        giveUI(regime, store, host, load, doNotSell);
        // The notice's subscriber hands on to the bridge's own follow (a copy of the bridge keeps it).
        if (notice) ui.follow = notice.regimeUI(store, host, { ...ui });
        attach(host);
      };
      return store;
    },
  };
}

/** A category's title for the UK line: the config's (in the language), else the table's, else its id. */
const titleOf = (host: UIHost, table: Texts, id: string): string => {
  const title = host.config.categories.find((c) => c.id === id)?.title;
  return (typeof title === 'string' ? title : title?.[host.language] ?? title?.[host.config.fallbackLanguage]) ?? table[`${id}Title`] ?? id;
};

/**
 * Gives the UI this page view's regime and its two decisions; under regimes other than opt-in, adds their texts to
 * the language's table: the UK line leads the banner's refusal text, and under opt-out and notice the dialog's GPC
 * line says "Opt-Out Request Honored".
 */
function giveUI(regime: Regime, store: ConsentStore, host: UIHost, load: Load, doNotSell: () => void): void {
  const optOut = grantsByDefault(regime.id);
  host.regime = {
    id: regime.id,
    region: regime.region,
    acknowledge: () => store.decide('notice', (id) => (store.state.categories[id] ?? store.state.services[id]) === true),
    doNotSell,
  };
  if (regime.id !== 'opt-in') {
    const notice = `i18n/notice/${host.language}` as const;
    const table = (name: `i18n/${string}`) => load(name);
    host.load = ((name: LazyName) =>
      name === `i18n/${host.language}`
        ? Promise.all([table(name as `i18n/${string}`), load(notice)]).then(([first, { default: more }]) => {
            const table: Texts = { ...first.default, ...more };
            if (regime.id === 'uk' && regime.byDefault.length) {
              table.rejectInfo = `${table.objectableText.replace('{list}', regime.byDefault.map((id) => titleOf(host, table, id)).join(', '))} ${table.rejectInfo}`;
            }
            return { default: table };
          })
        : name === `i18n/dialog/${host.language}` && optOut
          ? Promise.all([table(name as `i18n/${string}`), load(notice)]).then(([dialog, { default: more }]) => ({ default: { ...dialog.default, gpcNotice: `${more.gpcHonored}. ${more.gpcHonoredText}` } }))
          : load(name)) as Load;
  }
}
