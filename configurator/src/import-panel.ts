/** The import section: a pasted text or a file, converted by the same code as `npx bandeau migrate`. */
import { html, nothing, type TemplateResult } from 'lit-html';
import type { Config } from './config-paths.js';
import { migrate, type Migration } from './migrate/migrate.js';
import { describeNote } from './migrate/notes.js';
import { fill, type PageLanguage, type PageTexts } from './page-texts.js';

export interface ImportState {
  text: string;
  result?: Migration | null;
  /** Unknown cookies the owner placed, and where. */
  placed?: Record<string, string>;
}

/** What the panel needs from the page: the words, the config's categories, and how to change the config. */
export interface ImportActions {
  t: PageTexts;
  language: PageLanguage;
  categories: string[];
  apply(config: Config): void;
  /** Adds a cookie name to a category's list (an audit's unknown cookie, placed by the owner). */
  place(cookie: string, category: string): void;
  changed(): void;
}

/** An audit's unknown cookie, with a category to put it in. */
function placeControl(state: ImportState, actions: ImportActions, cookie: string, index: number): TemplateResult {
  const { t } = actions;
  const id = `place-${index}`;
  const chosen = state.placed?.[cookie];
  if (chosen) return html` <span class="ok">${fill(t.placed, { category: chosen })}</span>`;
  return html`<span class="row place">
    <label for=${id}>${fill(t.placeIn, { name: cookie })}</label>
    <select id=${id}>${actions.categories.map((category) => html`<option value=${category}>${category}</option>`)}</select>
    <button
      type="button"
      @click=${() => {
        const category = (document.getElementById(id) as HTMLSelectElement).value;
        actions.place(cookie, category);
        (state.placed ??= {})[cookie] = category;
        actions.changed();
      }}
    >
      ${fill(t.place, { name: cookie })}
    </button>
  </span>`;
}

export function importPanel(state: ImportState, actions: ImportActions): TemplateResult {
  const { t, language, apply, changed } = actions;
  const run = () => {
    state.result = migrate(state.text) ?? null;
    state.placed = {};
    if (state.result) apply(structuredClone(state.result.config));
    changed();
  };
  const result = state.result;
  return html`<section class="import" aria-labelledby="import-title">
    <details ?open=${state.text !== '' || !!result}>
      <summary><h2 id="import-title">${t.import}</h2></summary>
      <p class="hint" id="import-hint">${t.importIntro}</p>
      <div class="field">
        <label for="import-text">${t.importText}</label>
        <textarea
          id="import-text"
          rows="6"
          spellcheck="false"
          aria-describedby="import-hint"
          .value=${state.text}
          @input=${(event: Event) => (state.text = (event.target as HTMLTextAreaElement).value)}
        ></textarea>
      </div>
      <div class="row">
        <button type="button" @click=${run}>${t.importButton}</button>
        <div class="field">
          <label for="import-file">${t.importFile}</label>
          <input
            id="import-file"
            type="file"
            accept=".json,.js,.mjs,.html,.htm,.txt,application/json,text/javascript,text/html,text/plain"
            @change=${async (event: Event) => {
              const file = (event.target as HTMLInputElement).files?.[0];
              if (!file) return;
              state.text = await file.text();
              run();
            }}
          />
        </div>
      </div>
      <div role="status" class="import-result">
        ${result === null ? html`<p class="error">${t.importNothing}</p>` : nothing}
        ${result
          ? html`<p>${fill(t.importRead, { source: t.sources[result.source] ?? result.source })}</p>
              ${result.notes.length
                ? html`<h3>${fill(t.importNotes, { count: result.notes.length })}</h3>
                    <ul class="notes">
                      ${result.notes.map((note, i) => {
                        const cookie = note.reason === 'unknown-cookie' && /^cookie (.+)$/.exec(note.source)?.[1];
                        return html`<li>${describeNote(note, language)}${cookie ? placeControl(state, actions, cookie, i) : nothing}</li>`;
                      })}
                    </ul>`
                : html`<p>${t.importAll}</p>`}`
          : nothing}
      </div>
    </details>
  </section>`;
}
