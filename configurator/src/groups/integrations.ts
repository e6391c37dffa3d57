import { html, nothing } from 'lit-html';
import { DEFAULT_CONSENT_MODE } from '../checker.js';
import { set } from '../config-paths.js';
import { checkbox, fill, idOf, problemList, radios, textField, type FieldGroup } from '../form.js';

export const integrations: FieldGroup = {
  id: 'integrations',
  legend: (t) => t.integrations,
  render: (ctx) => {
    const { t, config } = ctx;
    const mode = config.googleConsentMode;
    const kind = mode === true ? 'default' : mode && typeof mode === 'object' ? 'custom' : 'off';
    const categories = Object.keys(config.categories ?? { necessary: 1, analytics: 1, social: 1, ads: 1 });
    const gcm = problemList(ctx, ['googleConsentMode']);
    return html`
      ${textField(ctx, ['consentLog', 'endpoint'], t.consentLog, { placeholder: '/consent-log' })}
      ${config.consentLog?.endpoint ? checkbox(ctx, ['consentLog', 'impressions'], t.consentLogImpressions) : nothing}
      ${radios(ctx, ['gpc'], t.gpc, [['honor', t.gpc_honor], ['ignore', t.gpc_ignore]], 'honor')}
      <fieldset class="radios" aria-describedby=${gcm.ids}>
        <legend>${t.googleConsentMode}</legend>
        ${(['off', 'default', 'custom'] as const).map(
          (value) => html`<div class="check">
            <input
              type="radio"
              name="gcm"
              id=${`gcm-${value}`}
              .checked=${kind === value}
              @change=${() => {
                set(config, ['googleConsentMode'], value === 'off' ? undefined : value === 'default' ? true : DEFAULT_CONSENT_MODE());
                ctx.changed();
              }}
            />
            <label for=${`gcm-${value}`}>${t[`gcm_${value}`]}</label>
          </div>`,
        )}
        ${gcm.view}
      </fieldset>
      ${kind === 'custom'
        ? Object.entries<string[]>(mode).map(
            ([type, needed]) => html`<fieldset class="gcm-type">
              <legend>${fill(t.gcmType, { type })}</legend>
              ${categories.map((category) => {
                const id = idOf(['googleConsentMode', type, category]);
                return html`<div class="check">
                  <input
                    type="checkbox"
                    id=${id}
                    .checked=${Array.isArray(needed) && needed.includes(category)}
                    @change=${(event: Event) => {
                      const on = (event.target as HTMLInputElement).checked;
                      const list = (Array.isArray(needed) ? needed : []).filter((c) => c !== category);
                      config.googleConsentMode[type] = on ? [...list, category] : list;
                      ctx.changed();
                    }}
                  />
                  <label for=${id}>${category}</label>
                </div>`;
              })}
            </fieldset>`,
          )
        : nothing}
    `;
  },
};
