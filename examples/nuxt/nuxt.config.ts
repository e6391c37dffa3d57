import { isCustomElement } from 'bandeau/vue';

export default defineNuxtConfig({
  compatibilityDate: '2025-07-15',
  // Vue leaves <consent-gate>, <cookie-consent> and <cookie-consent-button> to the browser.
  vue: { compilerOptions: { isCustomElement } },
  app: { head: { htmlAttrs: { lang: 'fr' }, title: 'bandeau avec Nuxt', link: [{ rel: 'icon', href: 'data:,' }] } },
  devtools: { enabled: false },
  telemetry: false,
});
