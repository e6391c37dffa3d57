import { defineConfig } from 'astro/config';

// Static output into dist/; bandeau's files are in public/bandeau/ (see copy-bandeau.mjs), copied as they are.
export default defineConfig({ output: 'static' });
