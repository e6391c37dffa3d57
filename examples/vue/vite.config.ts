import vue from '@vitejs/plugin-vue';
import { isCustomElement } from 'bandeau/vue';
import { defineConfig } from 'vite';

export default defineConfig({
  // Leaves the package's elements (<consent-gate>, <cookie-declaration>…) to the browser.
  plugins: [vue({ template: { compilerOptions: { isCustomElement } } })],
});
