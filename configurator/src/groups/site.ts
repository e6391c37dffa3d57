import { html } from 'lit-html';
import { numberText, textField, type FieldGroup } from '../form.js';

export const site: FieldGroup = {
  id: 'site',
  legend: (t) => t.site,
  render: (ctx) => html`
    ${textField(ctx, ['privacyPolicyUrl'], ctx.t.privacyPolicyUrl, { type: 'text', hint: ctx.t.privacyPolicyUrlHint, autocomplete: 'url' })}
    ${textField(ctx, ['revision'], ctx.t.revision, { hint: ctx.t.revisionHint, parse: numberText, placeholder: '1' })}
  `,
};
