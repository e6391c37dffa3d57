/**
 * Makes `<consent-gate>` safe for a framework that hydrates server-rendered HTML (React, Vue). Installed as the ESM
 * entry loads in a browser (such apps import it); the drop-in, for pages that nothing hydrates, goes without it.
 *
 * Hydration walks the DOM the server rendered and expects to find there exactly what it renders itself, so:
 * - a parsed `<template>` keeps its children in its inert content, where React (which walks `firstChild`) would find
 *   none: the template answers its content's first child, and React hydrates the content where it is, inert;
 * - Vue replaces a server-rendered `<template>` with its content's first node: the gate keeps the template (nothing
 *   loads before consent) and lets Vue hydrate that node in place;
 * - a gate parsed from the server's HTML stamps its granted content only once hydration is over (until then its
 *   light DOM is the framework's); a gate a framework builds on the client stamps at once, as before.
 */
import { ConsentGateElement, hydration } from './consent-gate.js';

/** Gates whose children a script inserted (a framework rendering on the client): no hydration to wait for. */
const built = new WeakSet<Node>();
let over: Promise<unknown> | undefined;
let hydrated = false;

/**
 * Settles once hydration can no longer be pending: the page has loaded (every async and deferred script, the
 * framework's included, has run) and the main thread has then been idle once (React hydrates in tasks that follow
 * each other, Vue in one). Safari has no requestIdleCallback: a task after the load event then.
 */
function afterHydration(): Promise<unknown> {
  return (over ??= new Promise((resolve) => {
    const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(resolve, { timeout: 2000 }) : setTimeout(resolve));
    if (document.readyState === 'complete') idle();
    else addEventListener('load', idle, { once: true });
  }).then(() => (hydrated = true)));
}

/**
 * Installs the above on `<consent-gate>` (once; before it is defined, so before any gate upgrades), and readies the
 * templates of the gates already parsed: React then hydrates them cleanly even when configure() runs after it (in an
 * effect), the gates stamping once defined.
 */
export function prepareGatesForHydration(): void {
  if (hydration.wait) return;
  const proto = ConsentGateElement.prototype;
  for (const name of ['appendChild', 'insertBefore', 'append'] as const) {
    const insert = proto[name] as (...args: unknown[]) => unknown;
    Object.defineProperty(proto, name, {
      configurable: true,
      writable: true,
      value(this: ConsentGateElement, ...args: unknown[]) {
        built.add(this);
        return insert.apply(this, args);
      },
    });
  }
  // Vue's hydration (runtime-core hydration.ts, hydrateElement) calls replaceChild(content.firstChild, template), then
  // hydrates the template's children from that node's firstChild: answer the node itself to that one read.
  Object.defineProperty(proto, 'replaceChild', {
    configurable: true,
    writable: true,
    value<T extends Node>(this: ConsentGateElement, node: Node, child: T): T {
      if (!(child instanceof HTMLTemplateElement) || node.parentNode !== child.content) {
        return HTMLElement.prototype.replaceChild.call(this, node, child) as T;
      }
      const restore = () => delete (node as { firstChild?: Node }).firstChild;
      Object.defineProperty(node, 'firstChild', { configurable: true, get: () => (restore(), node) });
      queueMicrotask(restore);
      return child;
    },
  });
  hydration.template = (template) =>
    Object.defineProperty(template, 'firstChild', { configurable: true, get: () => template.content.firstChild });
  hydration.wait = (gate) => (built.has(gate) || hydrated ? undefined : afterHydration());
  document.querySelectorAll<HTMLTemplateElement>('consent-gate > template').forEach(hydration.template);
}
