import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** @type {import('next').NextConfig} */
export default {
  // This folder is the project's root (the repository's own lockfile is one level up).
  turbopack: { root: here },
  outputFileTracingRoot: here,
};
