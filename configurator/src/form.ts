/**
 * The form's building blocks: every control is labelled, tied to one config path, and shows beside itself, in words,
 * the widget's own message for that path (read through aria-describedby).
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import type { FieldProblem } from './checker.js';
import { formatPath, get, set, type Config, type Path } from './config-paths.js';
import { fill, type PageTexts } from './page-texts.js';

/** What a group of fields needs: the config, the words, the problems, and a way to say the config changed. */
export interface FormContext {
  config: Config;
  t: PageTexts;
  /** The languages the owner writes texts in. */
  languages: string[];
  /** Every language the widget ships (code → name in the page's language). */
  languageNames: Record<string, string>;
  problems: FieldProblem[];
  /** Paths whose problems a control showed (the rest are listed in the output). */
  shown: Set<FieldProblem>;
  /** UI state of the groups that is not config (e.g. a search text), kept across renders. */
  ui: Record<string, any>;
  changed(): void;
}

/** A group of fields: one `<fieldset>` of the form. Add one to GROUPS (groups/index.ts) to offer new config keys. */
export interface FieldGroup {
  id: string;
  legend(t: PageTexts): string;
  render(ctx: FormContext): TemplateResult;
}

export const idOf = (path: Path | string): string => `f-${(typeof path === 'string' ? path : formatPath(path)).replace(/[^\w-]/g, '_')}`;

/** The problems reported at exactly this path (marked as shown). */
export function problemsAt(ctx: FormContext, path: Path): FieldProblem[] {
  const key = formatPath(path);
  const found = ctx.problems.filter((p) => p.path === key);
  for (const p of found) ctx.shown.add(p);
  return found;
}

/** The messages under a control, and the id that aria-describedby names. */
export function problemList(ctx: FormContext, path: Path): { ids: string | typeof nothing; view: TemplateResult | typeof nothing } {
  const found = problemsAt(ctx, path);
  if (!found.length) return { ids: nothing, view: nothing };
  const id = `${idOf(path)}-problem`;
  return {
    ids: id,
    view: html`<ul class="problems" id=${id}>${found.map((p) => html`<li class=${p.level}>${p.message}</li>`)}</ul>`,
  };
}

const describedBy = (...ids: Array<string | typeof nothing | undefined>): string | typeof nothing => {
  const list = ids.filter((id): id is string => typeof id === 'string');
  return list.length ? list.join(' ') : nothing;
};

interface TextOptions {
  type?: 'text' | 'url' | 'number' | 'search';
  hint?: string;
  placeholder?: string;
  /** How the typed text becomes the config's value (default: the text; empty removes the key). */
  parse?: (text: string) => unknown;
  /** Where the text comes from when it is not the config's value at `path` (e.g. a string shared by languages). */
  value?: string;
  write?: (value: unknown) => void;
  autocomplete?: string;
}

/** A labelled text input bound to a config path. */
export function textField(ctx: FormContext, path: Path, label: string, options: TextOptions = {}): TemplateResult {
  const id = idOf(path);
  const problems = problemList(ctx, path);
  const hintId = options.hint ? `${id}-hint` : undefined;
  const current = options.value ?? get(ctx.config, path);
  const parse = options.parse ?? ((text: string) => text);
  const write = options.write ?? ((value: unknown) => set(ctx.config, path, value));
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${options.hint ? html`<p class="hint" id=${hintId!}>${options.hint}</p>` : nothing}
    <input
      id=${id}
      type=${options.type ?? 'text'}
      .value=${current === undefined ? '' : String(current)}
      placeholder=${options.placeholder ?? nothing}
      autocomplete=${options.autocomplete ?? 'off'}
      aria-invalid=${problems.ids === nothing ? nothing : 'true'}
      aria-describedby=${describedBy(hintId, problems.ids)}
      @input=${(event: Event) => {
        const text = (event.target as HTMLInputElement).value;
        write(text.trim() === '' ? undefined : parse(text));
        ctx.changed();
      }}
    />
    ${problems.view}
  </div>`;
}

/** A number field: a number when the text is one, else the text itself (so the checker names the mistake). */
export const numberText = (text: string): unknown => (/^\s*-?\d+(\.\d+)?\s*$/.test(text) ? Number(text) : text);

/** A checkbox for a boolean key; `defaultValue` is what the widget does when the key is absent (the key is then left out). */
export function checkbox(ctx: FormContext, path: Path, label: string, defaultValue = false): TemplateResult {
  const id = idOf(path);
  const problems = problemList(ctx, path);
  const value = get(ctx.config, path);
  return html`<div class="field check">
    <input
      type="checkbox"
      id=${id}
      .checked=${value === undefined ? defaultValue : value === true}
      aria-describedby=${describedBy(problems.ids)}
      @change=${(event: Event) => {
        const checked = (event.target as HTMLInputElement).checked;
        set(ctx.config, path, checked === defaultValue ? undefined : checked);
        ctx.changed();
      }}
    />
    <label for=${id}>${label}</label>
    ${problems.view}
  </div>`;
}

/** Radio buttons for a key with a few values; the default value removes the key. */
export function radios(ctx: FormContext, path: Path, legend: string, values: Array<[value: string, label: string]>, defaultValue: string): TemplateResult {
  const id = idOf(path);
  const problems = problemList(ctx, path);
  const current = get(ctx.config, path) ?? defaultValue;
  return html`<fieldset class="radios" aria-describedby=${describedBy(problems.ids)}>
    <legend>${legend}</legend>
    ${values.map(
      ([value, label]) => html`<div class="check">
        <input
          type="radio"
          name=${id}
          id=${`${id}-${value}`}
          .checked=${current === value}
          @change=${() => {
            set(ctx.config, path, value === defaultValue ? undefined : value);
            ctx.changed();
          }}
        />
        <label for=${`${id}-${value}`}>${label}</label>
      </div>`,
    )}
    ${problems.view}
  </fieldset>`;
}

/** A select for a key; the empty option removes the key. */
export function select(ctx: FormContext, path: Path, label: string, options: Array<[value: string, label: string]>, emptyLabel: string): TemplateResult {
  const id = idOf(path);
  const problems = problemList(ctx, path);
  const current = get(ctx.config, path);
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select
      id=${id}
      aria-describedby=${describedBy(problems.ids)}
      @change=${(event: Event) => {
        set(ctx.config, path, (event.target as HTMLSelectElement).value || undefined);
        ctx.changed();
      }}
    >
      <option value="" ?selected=${current === undefined}>${emptyLabel}</option>
      ${options.map(([value, text]) => html`<option value=${value} ?selected=${current === value}>${text}</option>`)}
      ${current !== undefined && !options.some(([value]) => value === current) ? html`<option value=${String(current)} selected>${String(current)}</option>` : nothing}
    </select>
    ${problems.view}
  </div>`;
}

/**
 * One input per language for a text that may be a string or `{ fr: …, en: … }` (a string applies to every language:
 * the first edit turns it into one entry per language).
 */
export function localizedField(ctx: FormContext, path: Path, label: string, placeholders: Record<string, string | undefined> = {}): TemplateResult {
  const problems = problemList(ctx, path);
  const value = get(ctx.config, path);
  return html`<fieldset class="localized" aria-describedby=${describedBy(problems.ids)}>
    <legend>${label}</legend>
    ${ctx.languages.map((language) =>
      textField(ctx, [...path, language], ctx.languageNames[language] ?? language, {
        value: typeof value === 'string' ? value : value?.[language],
        placeholder: placeholders[language],
        write: (text) => {
          if (typeof value === 'string') set(ctx.config, path, Object.fromEntries(ctx.languages.map((l) => [l, value])));
          set(ctx.config, [...path, language], text);
        },
      }),
    )}
    ${problems.view}
  </fieldset>`;
}

/** A small button with a full accessible name (e.g. "Remove analytics"). */
export const smallButton = (label: string, visible: string, action: () => void, className = 'small'): TemplateResult =>
  html`<button type="button" class=${className} aria-label=${label} title=${label} @click=${action}>${visible}</button>`;

export { fill };
