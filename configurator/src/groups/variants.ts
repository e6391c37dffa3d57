/**
 * `variants` (issue 23): A/B variants of the banner's look. Shown only when the widget's checker knows the key
 * (groups/index.ts). Each variant gets its id, weight, layout, theme and a banner title per language; other banner
 * texts can be written in the imported JSON. The widget's checker (check-variants.ts) names what it refuses.
 */
import { html } from 'lit-html';
import { fill, numberText, problemList, select, smallButton, textField, type FieldGroup } from '../form.js';

const LAYOUTS = ['bar', 'box', 'modal'] as const;
const THEMES = ['auto', 'light', 'dark'] as const;

export const variants: FieldGroup = {
  id: 'variants',
  legend: (t) => t.variants,
  render: (ctx) => {
    const { t } = ctx;
    const list: unknown[] = Array.isArray(ctx.config.variants) ? ctx.config.variants : [];
    return html`<p class="hint">${t.variantsIntro}</p>
      ${problemList(ctx, ['variants']).view}
      ${list.map((variant, i) => {
        const name = String((variant as { id?: unknown })?.id ?? i + 1);
        return html`<fieldset class="list">
          <legend>${fill(t.variant, { name })}</legend>
          ${problemList(ctx, ['variants', i]).view}
          ${textField(ctx, ['variants', i, 'id'], fill(t.variantId, { name }))}
          ${textField(ctx, ['variants', i, 'weight'], fill(t.variantWeight, { name }), { type: 'number', parse: numberText, placeholder: '1' })}
          ${select(ctx, ['variants', i, 'layout'], fill(t.variantLayout, { name }), LAYOUTS.map((l) => [l, t[`layout_${l}`]] as [string, string]), t.variantSame)}
          ${select(ctx, ['variants', i, 'theme'], fill(t.variantTheme, { name }), THEMES.map((v) => [v, t[`theme_${v}`]] as [string, string]), t.variantSame)}
          ${ctx.languages.map((language) =>
            textField(ctx, ['variants', i, 'texts', language, 'bannerTitle'], fill(t.variantBannerTitle, { name, language: ctx.languageNames[language] ?? language })),
          )}
          ${smallButton(fill(t.remove, { name }), '×', () => {
            ctx.config.variants = list.filter((_, k) => k !== i);
            if (!ctx.config.variants.length) delete ctx.config.variants;
            ctx.changed();
          })}
        </fieldset>`;
      })}
      ${smallButton(t.variantsAdd, `+ ${t.variantsAdd}`, () => {
        const taken = new Set(list.map((v) => (v as { id?: unknown })?.id));
        const id = 'abcdefghijklmnopqrstuvwxyz'.split('').find((letter) => !taken.has(letter)) ?? `v${list.length + 1}`;
        ctx.config.variants = [...list, { id, weight: 1 }];
        ctx.changed();
      }, 'add')}`;
  },
};
