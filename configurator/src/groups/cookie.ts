import { html } from 'lit-html';
import { checkbox, numberText, select, textField, type FieldGroup } from '../form.js';

export const cookie: FieldGroup = {
  id: 'cookie',
  legend: (t) => t.cookieSettings,
  render: (ctx) => {
    const { t } = ctx;
    return html`
      ${textField(ctx, ['cookie', 'name'], t.cookieNameField, { placeholder: 'cookie_consent' })}
      ${textField(ctx, ['cookie', 'lifetimeDays'], t.lifetimeDays, { parse: numberText, placeholder: '182' })}
      ${textField(ctx, ['cookie', 'domain'], t.cookieDomain)}
      ${textField(ctx, ['cookie', 'path'], t.cookiePath, { placeholder: '/' })}
      ${select(ctx, ['cookie', 'sameSite'], t.sameSite, [['Lax', 'Lax'], ['Strict', 'Strict'], ['None', 'None']], t.default.replace('{value}', 'Lax'))}
      ${checkbox(ctx, ['reloadOnRevoke'], t.reloadOnRevoke, true)}
    `;
  },
};
