/**
 * Made by vite.config.ts (presetModules): the importer of a file of the `presets/` family by its name after "presets/"
 * ("<id>": the preset; "<id>/<lang>": its purposes in a language it does not carry), undefined for no such file.
 */
declare module 'virtual:presets' {
  const presets: (name: string) => (() => Promise<{ default: unknown }>) | undefined;
  export default presets;
}
