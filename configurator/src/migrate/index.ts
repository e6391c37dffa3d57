// The migrate entry of the command line (dist/cli/migrate.js, bundled with acorn and the presets' names).
export { migrate, type Migration, type Source } from './migrate.js';
export { describeNote, type Note } from './notes.js';
