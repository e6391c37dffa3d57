import { html } from 'lit-html';
import { select, type FieldGroup } from '../form.js';
import { LANGUAGES } from '../widget-texts.js';

export const languages: FieldGroup = {
  id: 'languages',
  legend: (t) => t.languages,
  render: (ctx) => {
    const options = LANGUAGES.map((code) => [code, ctx.languageNames[code]] as [string, string]);
    return html`
      <fieldset class="language-list">
        <legend>${ctx.t.editLanguages}</legend>
        ${LANGUAGES.map(
          (code) => html`<div class="check">
            <input
              type="checkbox"
              id=${`edit-language-${code}`}
              .checked=${ctx.languages.includes(code)}
              @change=${(event: Event) => {
                const on = (event.target as HTMLInputElement).checked;
                const next = on ? [...ctx.languages, code] : ctx.languages.filter((l) => l !== code);
                if (next.length) ctx.ui.setLanguages(LANGUAGES.filter((l) => next.includes(l)));
                ctx.changed();
              }}
            />
            <label for=${`edit-language-${code}`}>${ctx.languageNames[code]}</label>
          </div>`,
        )}
      </fieldset>
      ${select(ctx, ['language'], ctx.t.language, options, ctx.t.languageNone)}
      ${select(ctx, ['fallbackLanguage'], ctx.t.fallbackLanguage, options, ctx.t.default.replace('{value}', ctx.languageNames.en))}
    `;
  },
};
