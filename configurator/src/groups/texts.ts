import { html } from 'lit-html';
import { fill, textField, type FieldGroup } from '../form.js';
import { BUILT_IN_TEXTS, TEXT_KEYS } from '../widget-texts.js';

export const texts: FieldGroup = {
  id: 'texts',
  legend: (t) => t.texts,
  render: (ctx) => html`
    <p class="hint">${ctx.t.textsIntro}</p>
    ${ctx.languages.map(
      (language) => html`<details ?open=${ctx.ui[`texts-${language}`]} @toggle=${(e: Event) => (ctx.ui[`texts-${language}`] = (e.target as HTMLDetailsElement).open)}>
        <summary>${fill(ctx.t.textsOf, { language: ctx.languageNames[language] })}</summary>
        ${TEXT_KEYS.map((key) => textField(ctx, ['texts', language, key], key, { placeholder: (BUILT_IN_TEXTS[language] ?? BUILT_IN_TEXTS.en)[key] }))}
      </details>`,
    )}
  `,
};
