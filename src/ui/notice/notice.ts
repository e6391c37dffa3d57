import type { Texts, UIHost } from '../contract.js';
import { noticeStyles } from './notice.styles.js';

const NAME = 'cookie-consent-notice';

/*
 * The notice does without texts.js (the banner's shared module, 1.6 KB gzip): a first visit under opt-out or notice
 * then stays within its 14 KB. Hence these two small helpers, which mirror texts.ts's h() and loadTexts().
 */
function h(tag: string, attributes: Record<string, string | (() => void)> = {}, ...children: Array<Node | string>): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === 'function') node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}

/** The language's table (with the notice's texts, added by the regime's loader) and the config's overrides. */
const loadTexts = (host: UIHost): Promise<Texts> =>
  host.load(`i18n/${host.language}`).then((module) => ({ ...module.default, ...host.config.texts[host.language] }));

/**
 * The notice of the `opt-out` and `notice` regimes (issue 21): a non-blocking bar with « OK » (method `notice`),
 * under `opt-out` « Do Not Sell or Share My Personal Information » (method `opt-out`), and « Paramétrer vos choix »
 * (the preferences dialog). It goes once a decision is recorded. With `kind` "gpc": a small status box saying that
 * the browser's Global Privacy Control signal was honoured (CCPA regulations §7025(c)(6)), closed by its ×.
 * Plain DOM in an open shadow root, like the floating button; its texts are i18n/notice/<language>.js.
 *
 * @tag cookie-consent-notice
 * @attr {'notice'|'opt-out'|'gpc'} kind - Which notice it is.
 * @csspart notice - The notice's box.
 */
export async function showNotice(host: UIHost, kind: 'notice' | 'opt-out' | 'gpc'): Promise<void> {
  const texts = await loadTexts(host);
  const t = (key: string): string => texts[key] ?? key;
  if (document.querySelector(`${NAME}[kind="${kind}"]`)) return;
  const element = h(NAME, { kind, lang: host.language });
  const root = element.attachShadow({ mode: 'open' });
  const styles = new CSSStyleSheet();
  styles.replaceSync(noticeStyles);
  root.adoptedStyleSheets = [styles];
  const button = (label: string, onclick: () => void, type = '') => h('button', { type: 'button', class: type, onclick }, label);
  if (kind === 'gpc') {
    root.append(
      h('section', { class: 'gpc', part: 'notice', role: 'status' },
        h('div', { class: 'text' }, h('h2', {}, t('gpcHonored')), h('p', {}, t('gpcHonoredText'))),
        h('button', { type: 'button', class: 'close', 'aria-label': t('noticeClose'), onclick: () => element.remove() }, '×'),
      ),
    );
  } else {
    const { privacyPolicyUrl } = host.config;
    root.append(
      h('section', { part: 'notice', role: 'region', 'aria-label': t('noticeTitle') },
        h('div', { class: 'text' },
          h('h2', {}, t('noticeTitle')),
          h('p', {}, t(kind === 'opt-out' ? 'optOutText' : 'noticeText'), ...(privacyPolicyUrl ? [' ', h('a', { href: privacyPolicyUrl }, t('privacyLink'))] : [])),
        ),
        h('div', { class: 'actions' },
          button(t('noticeOk'), host.regime!.acknowledge),
          ...(kind === 'opt-out' ? [button(t('doNotSell'), host.regime!.doNotSell)] : []),
          button(t('customize'), () => host.api.showPreferences(), 'secondary'),
        ),
      ),
    );
    // The one place where the notice goes: any recorded decision (a click here, in the dialog, the API, a tab).
    const stop = host.view.subscribe(({ decided }) => {
      if (!decided) return;
      stop();
      element.remove();
    }, 'the notice');
  }
  document.body.append(element);
}
