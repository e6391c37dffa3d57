/** Made by vite.config.ts (presetModules): each service preset, as a lazily imported module. */
declare module 'virtual:presets' {
  import type { ServicePreset } from 'bandeau-catalog/presets/presets';
  const presets: Record<string, () => Promise<{ default: ServicePreset }>>;
  export default presets;
}
