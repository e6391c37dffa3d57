/**
 * In dist/regimes-by-default.js (issue 21), fetched by regimes.js under uk, opt-out and notice: their texts over the
 * language's table, each regime's own only. Under uk the line that names what is on leads the banner's refusal text
 * (i18n/uk/<language>.js); under opt-out and notice the notice has its texts, and the dialog's GPC line says "Opt-Out
 * Request Honored" (i18n/notice/<language>.js). Overridable through the config's `texts` like every other string.
 * It imports nothing at run time.
 */
import type { Load, Texts } from '../../core/lazy.js';
import type { Regime } from '../../core/regimes/regime.js';
import type { RegimeRules } from '../../core/regimes/regime-defaults.js';
import type { UIBridge } from '../../core/ui-bridge.js';

export function regimeTexts(regime: Regime, { byDefault, optOut }: RegimeRules, ui: UIBridge, load: Load): void {
  const { attach } = ui;
  ui.attach = (host) => {
    const { language, config } = host;
    const more = (): Promise<Texts> => load(`i18n/${optOut ? 'notice' : 'uk'}/${language}`).then((m) => m.default);
    host.load = ((name: `i18n/${string}`) =>
      name === `i18n/${language}`
        ? Promise.all([load(name), more(), load('texts')]).then(([first, notice, { categoryTitle }]) => {
            const table: Texts = { ...first.default, ...notice, ...config.texts[language] };
            if (regime.id === 'uk' && byDefault.length) {
              table.rejectInfo = `${table.objectableText.replace('{list}', byDefault.map((id) => categoryTitle(host, table, id)).join(', '))} ${table.rejectInfo}`;
            }
            return { default: table };
          })
        : optOut && name === `i18n/dialog/${language}`
          ? Promise.all([load(name), more()]).then(([dialog, notice]) => ({ default: { ...dialog.default, gpcNotice: `${notice.gpcHonored}. ${notice.gpcHonoredText}` } }))
          : load(name)) as Load;
    attach(host);
  };
}
