/**
 * The configurator page: the form (groups/), the import, the live preview and the two tags, re-rendered from one
 * state at every change. Nothing leaves the page: no request but its own files and the widget's (the page's CSP
 * forbids any connection).
 */
import { html, nothing, render } from 'lit-html';
import { type FieldProblem } from './checker.js';
import { cleanConfig } from './clean-config.js';
import { parsePath, set, type Config } from './config-paths.js';
import { type FormContext } from './form.js';
import { GROUPS, widgetReads } from './groups/index.js';
import { importPanel, type ImportState } from './import-panel.js';
import { fill, PAGE_TEXTS, type PageLanguage } from './page-texts.js';
import { forgetChoice, previewUrl, tags, type PreviewLog } from './preview.js';
import { LANGUAGES, languageNames } from './widget-texts.js';
import './styles.css';

interface State {
  config: Config;
  pageLanguage: PageLanguage;
  languages: string[];
  previewLanguage: string;
  previewRegion: string;
  /** What the preview's widget logged since its last load. */
  previewProblems: FieldProblem[];
  phone: boolean;
  scriptUrl: string;
  problems: FieldProblem[];
  clean: Config;
  copyStatus: string;
  ui: Record<string, any>;
  imported: ImportState;
}

const state: State = {
  config: {},
  pageLanguage: /^fr\b/i.test(navigator.language) ? 'fr' : 'en',
  languages: ['fr', 'en'],
  previewLanguage: 'fr',
  previewRegion: '',
  previewProblems: [],
  phone: false,
  scriptUrl: '/dist/cookie-consent.js',
  problems: [],
  clean: {},
  copyStatus: '',
  ui: {},
  imported: { text: '' },
};
state.ui.setLanguages = (languages: string[]) => (state.languages = languages);

const app = document.getElementById('app')!;
let downloadUrl = '';
let previewTimer: ReturnType<typeof setTimeout> | undefined;
let checking = 0;

/** The languages a config's texts are written in (keys of its per-language objects and of `texts`). */
function languagesOf(config: Config): string[] {
  const found = new Set<string>(Object.keys(config.texts ?? {}));
  const visit = (value: unknown, key: string) => {
    if (['title', 'description', 'label', 'duration', 'purpose'].includes(key) && value && typeof value === 'object' && !Array.isArray(value)) {
      for (const language of Object.keys(value)) found.add(language.toLowerCase());
    } else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, k);
  };
  visit(config, '');
  const known = LANGUAGES.filter((language) => found.has(language));
  return known.length ? known : ['fr', 'en'];
}

function applyImported(config: Config): void {
  state.config = config;
  state.languages = languagesOf(config);
  if (typeof config.language === 'string' && LANGUAGES.includes(config.language)) state.previewLanguage = config.language;
  else if (!state.languages.includes(state.previewLanguage)) state.previewLanguage = state.languages[0];
}

/** At every change: check (the widget's checker), render, then reload the preview shortly after the last change. */
async function changed(): Promise<void> {
  const run = ++checking;
  renderPage();
  const { clean, problems } = await cleanConfig(state.config);
  if (run !== checking) return;
  state.problems = problems;
  state.clean = clean;
  renderPage();
  clearTimeout(previewTimer);
  previewTimer = setTimeout(reloadPreview, 300);
}

function reloadPreview(): void {
  const frame = document.getElementById('preview-frame') as HTMLIFrameElement | null;
  if (!frame) return;
  const t = PAGE_TEXTS[state.pageLanguage];
  forgetChoice(state.clean);
  state.previewProblems = [];
  frame.src = previewUrl(state.clean, { language: state.previewLanguage, region: state.previewRegion || undefined, heading: t.previewArticle, text: t.previewText, link: t.previewLink });
}

async function copyTags(text: string): Promise<void> {
  const t = PAGE_TEXTS[state.pageLanguage];
  try {
    await navigator.clipboard.writeText(text);
    state.copyStatus = t.copied;
  } catch {
    const area = document.getElementById('output-tags') as HTMLTextAreaElement;
    area.focus();
    area.select();
    state.copyStatus = document.execCommand('copy') ? t.copied : t.copyFailed;
  }
  renderPage();
}

addEventListener('message', (event: MessageEvent<PreviewLog>) => {
  if (event.origin !== location.origin || event.data?.type !== 'bandeau-preview-log') return;
  const { level, message } = event.data;
  if (state.problems.some((p) => p.message === message) || state.previewProblems.some((p) => p.message === message)) return;
  const path = /^config\.([^:]+):/.exec(message)?.[1] ?? /^config: unknown key "([^"]+)"/.exec(message)?.[1] ?? '';
  state.previewProblems.push({ level, message, path });
  // The tags leave that field out too (the preview keeps showing it until the next change).
  if (path) {
    state.clean = structuredClone(state.clean);
    set(state.clean, parsePath(path), undefined);
  }
  renderPage();
});

function renderPage(): void {
  const t = PAGE_TEXTS[state.pageLanguage];
  const problems = [...state.problems, ...state.previewProblems];
  document.documentElement.lang = state.pageLanguage;
  document.title = t.title;
  const ctx: FormContext = {
    config: state.config,
    t,
    languages: state.languages,
    languageNames: languageNames(state.pageLanguage),
    problems,
    shown: new Set(),
    ui: state.ui,
    changed: () => void changed(),
  };
  const groups = GROUPS.map(
    (group) => html`<section class="group" aria-labelledby=${`group-${group.id}`} data-group=${group.id}>
      <h2 id=${`group-${group.id}`}>${group.legend(t)}</h2>
      ${group.render(ctx)}
    </section>`,
  );
  const others = problems.filter((p) => !ctx.shown.has(p));
  const output = tags(state.clean, state.scriptUrl);
  if (downloadUrl) URL.revokeObjectURL(downloadUrl);
  downloadUrl = URL.createObjectURL(new Blob([`${JSON.stringify(state.clean, null, 2)}\n`], { type: 'application/json' }));
  const previewLanguages = [...new Set([...state.languages, ...LANGUAGES])];
  render(
    html`<a class="skip" href="#output">${t.skip}</a>
      <header>
        <h1>${t.title}</h1>
        <div class="page-language" role="group" aria-label=${t.pageLanguage}>
          ${(['fr', 'en'] as const).map(
            (language) => html`<button
              type="button"
              lang=${language}
              aria-pressed=${state.pageLanguage === language ? 'true' : 'false'}
              @click=${() => {
                state.pageLanguage = language;
                void changed();
              }}
            >
              ${language === 'fr' ? 'Français' : 'English'}
            </button>`,
          )}
        </div>
        <p>${t.intro}</p>
      </header>
      <div class="layout">
        <main class="form">
          ${importPanel(state.imported, {
            t,
            language: state.pageLanguage,
            categories: Object.keys(state.config.categories ?? {}),
            apply: applyImported,
            place: (cookie, category) => {
              const list: string[] = (state.config.categories[category].cookies ??= []);
              if (!list.includes(cookie)) list.push(cookie);
            },
            changed: () => void changed(),
          })}
          <form @submit=${(event: Event) => event.preventDefault()}>${groups}</form>
        </main>
        <aside class="side" aria-label=${`${t.preview}, ${t.output}`}>
          <section class="preview" aria-labelledby="preview-title">
            <h2 id="preview-title">${t.preview}</h2>
            <p class="hint">${t.previewIntro}</p>
            <div class="row">
              <div class="field">
                <label for="preview-language">${t.previewLanguage}</label>
                <select
                  id="preview-language"
                  @change=${(event: Event) => {
                    state.previewLanguage = (event.target as HTMLSelectElement).value;
                    void changed();
                  }}
                >
                  ${previewLanguages.map((code) => html`<option value=${code} ?selected=${state.previewLanguage === code}>${ctx.languageNames[code]}</option>`)}
                </select>
              </div>
              ${widgetReads('regimes')
                ? html`<div class="field">
                    <label for="preview-region">${t.previewRegion}</label>
                    <input
                      id="preview-region"
                      .value=${state.previewRegion}
                      autocomplete="off"
                      @change=${(event: Event) => {
                        state.previewRegion = (event.target as HTMLInputElement).value.trim().toUpperCase();
                        reloadPreview();
                      }}
                    />
                  </div>`
                : nothing}
              <div class="field check">
                <input
                  type="checkbox"
                  id="preview-phone"
                  .checked=${state.phone}
                  @change=${(event: Event) => {
                    state.phone = (event.target as HTMLInputElement).checked;
                    renderPage();
                  }}
                />
                <label for="preview-phone">${t.phoneWidth}</label>
              </div>
              <button type="button" @click=${reloadPreview}>${t.showAgain}</button>
            </div>
            <div class="frame-box ${state.phone ? 'phone' : ''}">
              <iframe id="preview-frame" title=${t.previewFrame}></iframe>
            </div>
          </section>
          <section class="output" id="output" aria-labelledby="output-title" tabindex="-1">
            <h2 id="output-title">${t.output}</h2>
            <p class="hint">${t.outputIntro}</p>
            <div role="status" class="verdict">
              ${problems.length
                ? html`<p class="error">${fill(t.problems, { count: problems.length })}</p>`
                : html`<p class="ok">${t.ok}</p>`}
            </div>
            ${others.length
              ? html`<h3>${t.otherProblems}</h3>
                  <ul class="problems">
                    ${others.map((p) => html`<li class=${p.level}>${p.message}</li>`)}
                  </ul>`
              : nothing}
            <div class="field">
              <label for="script-url">${t.scriptUrl}</label>
              <input
                id="script-url"
                .value=${state.scriptUrl}
                @input=${(event: Event) => {
                  state.scriptUrl = (event.target as HTMLInputElement).value || '/dist/cookie-consent.js';
                  renderPage();
                }}
              />
            </div>
            <div class="field">
              <label for="output-tags">${t.tags}</label>
              <textarea id="output-tags" readonly rows="14" spellcheck="false" .value=${output}></textarea>
            </div>
            <div class="row">
              <button type="button" @click=${() => copyTags(output)}>${t.copy}</button>
              <a class="button" href=${downloadUrl} download="cookie-consent-config.json">${t.download}</a>
              <span role="status" class="copy-status">${state.copyStatus}</span>
            </div>
          </section>
        </aside>
      </div>`,
    app,
  );
}

void changed();
