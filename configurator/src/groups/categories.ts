/**
 * Categories (add, remove, reorder, rename, required, titles and descriptions per language, cookie names) and their
 * services: ready-made ones found by name or company, and custom ones with their cookies.
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import { PRESETS } from '../checker.js';
import { get, reorder, set, type Config, type Path } from '../config-paths.js';
import { checkbox, fill, idOf, localizedField, problemList, smallButton, textField, type FieldGroup, type FormContext } from '../form.js';
import { BUILT_IN_TEXTS } from '../widget-texts.js';

const BUILT_IN = ['necessary', 'analytics', 'social', 'ads'];
const DEFAULT_CATEGORIES = (): Config => ({ necessary: { required: true }, analytics: {}, social: {}, ads: {} });

/** The categories object, created with the four built-in ones on first edit (what the widget uses without one). */
function categoriesOf(ctx: FormContext): Config {
  return (ctx.config.categories ??= DEFAULT_CATEGORIES());
}

/** A free id for a new entry: unique across categories and services, as the widget requires. */
function freeId(config: Config, wanted: string): string {
  const taken = new Set<string>();
  for (const [id, category] of Object.entries<Config>(config.categories ?? {})) {
    taken.add(id);
    for (const service of Object.keys(category?.services ?? {})) taken.add(service);
  }
  let id = wanted;
  for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
  return id;
}

const builtInText = (ctx: FormContext, key: string): Record<string, string | undefined> =>
  Object.fromEntries(ctx.languages.map((language) => [language, (BUILT_IN_TEXTS[language] ?? BUILT_IN_TEXTS.en)[key]]));

function cookieNames(ctx: FormContext, path: Path): TemplateResult {
  const list: unknown[] = get(ctx.config, path) ?? [];
  return html`<fieldset class="list">
    <legend>${ctx.t.cookies}</legend>
    ${list.map(
      (_, i) => html`<div class="row">
        ${textField(ctx, [...path, i], fill(ctx.t.cookieName, { n: i + 1 }), {
          write: (value) => {
            const next = [...(get(ctx.config, path) ?? [])];
            next[i] = value ?? '';
            set(ctx.config, path, next);
          },
        })}
        ${smallButton(fill(ctx.t.remove, { name: String(list[i] || i + 1) }), '×', () => {
          set(ctx.config, [...path, i], undefined);
          ctx.changed();
        })}
      </div>`,
    )}
    ${smallButton(ctx.t.addCookieName, `+ ${ctx.t.addCookieName}`, () => {
      set(ctx.config, path, [...list, '']);
      ctx.changed();
    }, 'add')}
  </fieldset>`;
}

function serviceCookie(ctx: FormContext, path: Path, i: number, name: string): TemplateResult {
  const at = [...path, i];
  const { t } = ctx;
  const type = get(ctx.config, [...at, 'type']) ?? 'cookie';
  const typeId = idOf([...at, 'type']);
  return html`<fieldset class="service-cookie">
    <legend>${fill(t.cookie, { n: i + 1 })}</legend>
    ${textField(ctx, [...at, 'name'], t.name)}
    ${localizedField(ctx, [...at, 'duration'], t.duration, Object.fromEntries(ctx.languages.map((l) => [l, 'P13M, P1D, session, persistent'])))}
    ${localizedField(ctx, [...at, 'purpose'], t.purpose)}
    ${textField(ctx, [...at, 'domain'], t.domain)}
    ${checkbox(ctx, [...at, 'prefix'], t.prefix)}
    <div class="field">
      <label for=${typeId}>${t.type}</label>
      <select
        id=${typeId}
        @change=${(event: Event) => {
          const value = (event.target as HTMLSelectElement).value;
          set(ctx.config, [...at, 'type'], value === 'cookie' ? undefined : value);
          ctx.changed();
        }}
      >
        ${['cookie', 'localStorage', 'sessionStorage'].map((value) => html`<option value=${value} ?selected=${type === value}>${t[`type_${value}` as 'type_cookie']}</option>`)}
      </select>
    </div>
    ${smallButton(fill(t.remove, { name: `${name} ${fill(t.cookie, { n: i + 1 })}` }), `× ${fill(t.cookie, { n: i + 1 })}`, () => {
      set(ctx.config, at, undefined);
      ctx.changed();
    })}
  </fieldset>`;
}

function service(ctx: FormContext, category: string, id: string): TemplateResult {
  const path: Path = ['categories', category, 'services', id];
  const entry: Config = get(ctx.config, path) ?? {};
  const preset = typeof entry.preset === 'string' ? PRESETS[entry.preset] : undefined;
  const { t } = ctx;
  const label = typeof entry.label === 'string' ? entry.label : (entry.label?.[ctx.languages[0]] ?? preset?.label ?? id);
  const cookies: unknown[] = Array.isArray(entry.cookies) ? entry.cookies : [];
  const problems = problemList(ctx, path);
  return html`<li class="service" data-service=${id}>
    <details ?open=${ctx.ui[`service-${id}`] ?? !preset} @toggle=${(e: Event) => (ctx.ui[`service-${id}`] = (e.target as HTMLDetailsElement).open)}>
      <summary><span class="service-name">${label}</span> <code>${id}</code></summary>
      ${preset ? html`<p class="hint">${fill(t.preset, { label: preset.label, provider: preset.provider })}</p>` : nothing}
      ${problemList(ctx, [...path, 'preset']).view}
      ${localizedField(ctx, [...path, 'label'], t.serviceLabel, Object.fromEntries(ctx.languages.map((l) => [l, preset?.label])))}
      ${textField(ctx, [...path, 'provider'], t.provider, { placeholder: preset?.provider })}
      ${textField(ctx, [...path, 'privacyPolicyUrl'], t.servicePrivacy, { placeholder: preset?.privacyPolicyUrl as string | undefined })}
      <fieldset class="list">
        <legend>${t.serviceCookies}</legend>
        ${cookies.map((_, i) => serviceCookie(ctx, [...path, 'cookies'], i, label))}
        ${smallButton(fill(t.addServiceCookie, { name: label }), `+ ${fill(t.addServiceCookie, { name: label })}`, () => {
          set(ctx.config, [...path, 'cookies'], [...cookies, { name: '' }]);
          ctx.changed();
        }, 'add')}
      </fieldset>
      ${problems.view}
    </details>
    ${smallButton(fill(t.remove, { name: label }), '×', () => {
      set(ctx.config, path, undefined);
      ctx.changed();
    })}
  </li>`;
}

function presetSearch(ctx: FormContext, category: string): TemplateResult {
  const key = `search-${category}`;
  const query = String(ctx.ui[key] ?? '').trim().toLowerCase();
  const id = idOf(['search', category]);
  const matches = query
    ? Object.entries(PRESETS)
        .filter(([presetId, p]) => [presetId, p.label, p.provider].some((text) => String(text).toLowerCase().includes(query)))
        .slice(0, 8)
    : [];
  return html`<div class="field search">
    <label for=${id}>${ctx.t.searchPresets}</label>
    <input
      id=${id}
      type="search"
      .value=${ctx.ui[key] ?? ''}
      autocomplete="off"
      aria-controls=${`${id}-results`}
      @input=${(event: Event) => {
        ctx.ui[key] = (event.target as HTMLInputElement).value;
        ctx.changed();
      }}
    />
    <ul class="results" id=${`${id}-results`} aria-live="polite">
      ${query && !matches.length ? html`<li>${ctx.t.noPreset}</li>` : nothing}
      ${matches.map(
        ([presetId, preset]) => html`<li>
          <button
            type="button"
            class="add"
            @click=${() => {
              const serviceId = freeId(ctx.config, presetId);
              set(ctx.config, ['categories', category, 'services', serviceId], { preset: presetId });
              ctx.ui[key] = '';
              ctx.changed();
            }}
          >
            ${fill(ctx.t.addPreset, { label: preset.label, provider: preset.provider })}
          </button>
        </li>`,
      )}
    </ul>
  </div>`;
}

function newEntry(ctx: FormContext, key: string, label: string, button: string, add: (id: string) => void): TemplateResult {
  const id = idOf(['new', key]);
  return html`<div class="row new-entry">
    <div class="field">
      <label for=${id}>${label}</label>
      <input id=${id} .value=${ctx.ui[key] ?? ''} autocomplete="off" @input=${(event: Event) => (ctx.ui[key] = (event.target as HTMLInputElement).value)} />
    </div>
    <button
      type="button"
      class="add"
      @click=${() => {
        const wanted = String(ctx.ui[key] ?? '').trim();
        if (!wanted) return;
        add(wanted);
        ctx.ui[key] = '';
        ctx.changed();
      }}
    >
      ${button}
    </button>
  </div>`;
}

function category(ctx: FormContext, id: string, index: number, ids: string[]): TemplateResult {
  const { t } = ctx;
  const path: Path = ['categories', id];
  const entry: Config = get(ctx.config, path) ?? {};
  const builtIn = BUILT_IN.includes(id);
  const move = (to: number) => {
    const order = [...ids];
    order.splice(index, 1);
    order.splice(to, 0, id);
    ctx.config.categories = reorder(categoriesOf(ctx), order);
    ctx.changed();
  };
  const idField = idOf([...path, '#id']);
  const problems = problemList(ctx, path);
  return html`<li class="category" data-category=${id}>
    <fieldset>
      <legend>${id}</legend>
      <div class="row tools">
        ${smallButton(fill(t.moveUp, { name: id }), '↑', () => move(index - 1), index === 0 ? 'small hidden' : 'small')}
        ${smallButton(fill(t.moveDown, { name: id }), '↓', () => move(index + 1), index === ids.length - 1 ? 'small hidden' : 'small')}
        ${smallButton(fill(t.remove, { name: id }), '×', () => {
          const categories = categoriesOf(ctx);
          delete categories[id];
          if (!Object.keys(categories).length) delete ctx.config.categories;
          ctx.changed();
        })}
      </div>
      <div class="field">
        <label for=${idField}>${t.categoryId}</label>
        <input
          id=${idField}
          .value=${id}
          autocomplete="off"
          @change=${(event: Event) => {
            const next = (event.target as HTMLInputElement).value.trim();
            if (!next || next === id || Object.hasOwn(categoriesOf(ctx), next)) return;
            ctx.config.categories = reorder(categoriesOf(ctx), ids, { [id]: next });
            ctx.changed();
          }}
        />
      </div>
      ${problems.view}
      ${checkbox(ctx, [...path, 'required'], t.required, id === 'necessary')}
      ${localizedField(ctx, [...path, 'title'], t.categoryTitle, builtIn ? builtInText(ctx, `${id}Title`) : {})}
      ${localizedField(ctx, [...path, 'description'], t.categoryDescription, builtIn ? builtInText(ctx, `${id}Description`) : {})}
      ${cookieNames(ctx, [...path, 'cookies'])}
      <fieldset class="services">
        <legend>${t.services}</legend>
        <ul>
          ${Object.keys(entry.services ?? {}).map((service) => serviceOf(ctx, id, service))}
        </ul>
        ${problemList(ctx, [...path, 'services']).view}
        ${presetSearch(ctx, id)}
        ${newEntry(ctx, `new-service-${id}`, t.newServiceId, t.addCustom, (wanted) => {
          set(ctx.config, [...path, 'services', freeId(ctx.config, wanted)], { label: wanted });
        })}
      </fieldset>
    </fieldset>
  </li>`;
}

const serviceOf = service;

export const categories: FieldGroup = {
  id: 'categories',
  legend: (t) => t.categories,
  render: (ctx) => {
    const { t } = ctx;
    const entries = ctx.config.categories ?? DEFAULT_CATEGORIES();
    const ids = Object.keys(entries);
    // Shown before any edit: the defaults, which the first edit writes into the config.
    if (!ctx.config.categories) ctx.config.categories = entries;
    const missing = BUILT_IN.filter((id) => !ids.includes(id));
    return html`
      <p class="hint">${t.categoriesIntro}</p>
      ${problemList(ctx, ['categories']).view}
      <ol class="categories">
        ${ids.map((id, index) => category(ctx, id, index, ids))}
      </ol>
      ${missing.map((id) => smallButton(fill(t.addBuiltIn, { name: id }), `+ ${id}`, () => {
        categoriesOf(ctx)[id] = id === 'necessary' ? { required: true } : {};
        ctx.changed();
      }, 'add'))}
      ${newEntry(ctx, 'new-category', t.newCategoryId, t.addCategory, (wanted) => {
        categoriesOf(ctx)[freeId(ctx.config, wanted)] = { title: Object.fromEntries(ctx.languages.map((l) => [l, wanted])) };
      })}
    `;
  },
};
