/**
 * `regimes` (issue 21): which rules each visitor gets, by region. Shown only when the widget's checker knows the key
 * (groups/index.ts), so the form never offers what the built widget would ignore.
 */
import { html, type TemplateResult } from 'lit-html';
import { get, set, type Path } from '../config-paths.js';
import { fill, idOf, problemList, select, smallButton, textField, type FieldGroup, type FormContext } from '../form.js';

const REGIMES = ['opt-in', 'uk', 'opt-out', 'notice'];
const SOURCES = ['meta', 'endpoint', 'timezone'];

/** Checkboxes of the config's optional categories for a list key (objectable, saleShare, sensitive). */
function categoryList(ctx: FormContext, key: string, legend: string): TemplateResult {
  const path: Path = ['regimes', key];
  const value: unknown = get(ctx.config, path);
  const list: string[] = Array.isArray(value) ? value : [];
  const optional = Object.entries<any>(ctx.config.categories ?? {}).filter(([id, c]) => !(c?.required ?? id === 'necessary')).map(([id]) => id);
  const problems = problemList(ctx, path);
  return html`<fieldset aria-describedby=${problems.ids}>
    <legend>${legend}</legend>
    ${optional.map((category) => {
      const id = idOf([...path, category]);
      return html`<div class="check">
        <input
          type="checkbox"
          id=${id}
          .checked=${list.includes(category)}
          @change=${(event: Event) => {
            const on = (event.target as HTMLInputElement).checked;
            // An emptied list stays (none is a choice of its own, not the default).
            ctx.config.regimes[key] = on ? [...list.filter((c) => c !== category), category] : list.filter((c) => c !== category);
            ctx.changed();
          }}
        />
        <label for=${id}>${category}</label>
      </div>`;
    })}
    ${problems.view}
  </fieldset>`;
}

export const regimes: FieldGroup = {
  id: 'regimes',
  legend: (t) => t.regimes,
  render: (ctx) => {
    const { t } = ctx;
    const on = get(ctx.config, ['regimes']) !== undefined;
    const enable = html`<div class="field check">
      <input
        type="checkbox"
        id="regimes-on"
        .checked=${on}
        @change=${(event: Event) => {
          if ((event.target as HTMLInputElement).checked) ctx.config.regimes = {};
          else delete ctx.config.regimes;
          ctx.changed();
        }}
      />
      <label for="regimes-on">${t.regimesOn}</label>
    </div>`;
    if (!on) return html`<p class="hint">${t.regimesIntro}</p>${enable}`;
    const from: unknown = get(ctx.config, ['regimes', 'from']);
    const sources: string[] = Array.isArray(from) ? from : [];
    const regions: Record<string, string> = get(ctx.config, ['regimes', 'regions']) ?? {};
    const fromProblems = problemList(ctx, ['regimes', 'from']);
    return html`<p class="hint">${t.regimesIntro}</p>
      ${enable} ${problemList(ctx, ['regimes']).view}
      <fieldset aria-describedby=${fromProblems.ids}>
        <legend>${t.regimesFrom}</legend>
        ${SOURCES.map(
          (source) => html`<div class="check">
            <input
              type="checkbox"
              id=${`regimes-from-${source}`}
              .checked=${sources.includes(source)}
              @change=${(event: Event) => {
                const checked = (event.target as HTMLInputElement).checked;
                const next = SOURCES.filter((s) => (s === source ? checked : sources.includes(s)));
                set(ctx.config, ['regimes', 'from'], next.length ? next : undefined);
                ctx.changed();
              }}
            />
            <label for=${`regimes-from-${source}`}>${t[`regimesFrom_${source}` as 'regimesFrom_meta']}</label>
          </div>`,
        )}
        ${fromProblems.view}
      </fieldset>
      ${textField(ctx, ['regimes', 'endpoint'], t.regimesEndpoint, { placeholder: '/consent-region' })}
      ${select(ctx, ['regimes', 'unknown'], t.regimesUnknown, REGIMES.map((r) => [r, r] as [string, string]), t.default.replace('{value}', 'opt-in'))}
      <fieldset class="list">
        <legend>${t.regimesRegions}</legend>
        ${Object.keys(regions).map((key, i) => {
          const keyId = idOf(['regimes', 'regions', `#${i}`]);
          return html`<div class="row">
            <div class="field">
              <label for=${keyId}>${fill(t.regimesRegion, { n: i + 1 })}</label>
              <input
                id=${keyId}
                .value=${key}
                autocomplete="off"
                @change=${(event: Event) => {
                  const next = (event.target as HTMLInputElement).value.trim();
                  if (!next || Object.hasOwn(regions, next)) return;
                  ctx.config.regimes.regions = Object.fromEntries(Object.entries(regions).map(([k, v]) => [k === key ? next : k, v]));
                  ctx.changed();
                }}
              />
            </div>
            ${select(ctx, ['regimes', 'regions', key], fill(t.regimesRegime, { region: key }), REGIMES.map((r) => [r, r] as [string, string]), '–')}
            ${smallButton(fill(t.remove, { name: key }), '×', () => {
              set(ctx.config, ['regimes', 'regions', key], undefined);
              ctx.changed();
            })}
            ${problemList(ctx, ['regimes', 'regions', key]).view}
          </div>`;
        })}
        ${smallButton(t.regimesAddRegion, `+ ${t.regimesAddRegion}`, () => {
          let key = 'JP';
          for (let n = 0; Object.hasOwn(regions, key); n++) key = ['DE', 'US-CA', 'GB', 'CA-QC', 'BR'][n] ?? `XX-${n}`;
          set(ctx.config, ['regimes', 'regions', key], 'opt-in');
          ctx.changed();
        }, 'add')}
      </fieldset>
      ${categoryList(ctx, 'objectable', t.regimesObjectable)} ${categoryList(ctx, 'saleShare', t.regimesSaleShare)}
      ${categoryList(ctx, 'sensitive', t.regimesSensitive)}`;
  },
};
