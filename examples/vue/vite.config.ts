import vue from '@vitejs/plugin-vue';
import { isCustomElement } from 'bandeau/vue';
import { defineConfig } from 'vite';

export default defineConfig({
  // Leaves <consent-gate>, <cookie-consent> and <cookie-consent-button> to the browser.
  plugins: [vue({ template: { compilerOptions: { isCustomElement } } })],
});
