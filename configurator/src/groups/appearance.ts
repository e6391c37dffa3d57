import { html } from 'lit-html';
import { checkbox, radios, type FieldGroup } from '../form.js';

export const appearance: FieldGroup = {
  id: 'appearance',
  legend: (t) => t.appearance,
  render: (ctx) => {
    const { t } = ctx;
    return html`
      ${radios(ctx, ['layout'], t.layout, [['bar', t.layout_bar], ['box', t.layout_box], ['modal', t.layout_modal]], 'bar')}
      ${radios(ctx, ['theme'], t.theme, [['auto', t.theme_auto], ['light', t.theme_light], ['dark', t.theme_dark]], 'auto')}
      ${checkbox(ctx, ['continueWithoutAccepting'], t.continueWithoutAccepting)}
      ${checkbox(ctx, ['floatingButton'], t.floatingButton)}
    `;
  },
};
