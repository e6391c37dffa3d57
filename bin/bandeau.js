#!/usr/bin/env node
// `npx bandeau migrate <file>`: converts another banner's setup (vanilla-cookieconsent v3, Klaro, tarteaucitron.js),
// a bandeau-audit JSON report or a bandeau config into a bandeau config. The config (JSON) goes to stdout, what could
// not be carried over to stderr. Exit 0, or 1 when nothing could be read. The file is parsed, never run.
import { readFileSync } from 'node:fs';
import { describeNote, migrate } from '../dist/cli/migrate.js';

const USAGE = 'usage: bandeau migrate <file>   (a file path, or - for stdin)';

function main(args) {
  const [command, file] = args;
  if (command !== 'migrate' || !file || args.length > 2) {
    process.stderr.write(`${USAGE}\n`);
    return command === '--help' || command === '-h' ? 0 : 1;
  }
  let text;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    process.stderr.write(`bandeau migrate: cannot read ${file}: ${error.message}\n`);
    return 1;
  }
  const migration = migrate(text);
  if (!migration) {
    process.stderr.write(`bandeau migrate: nothing could be read in ${file} (expected a bandeau-audit JSON report, a bandeau config, or a vanilla-cookieconsent v3, Klaro or tarteaucitron.js setup)\n`);
    return 1;
  }
  process.stdout.write(`${JSON.stringify(migration.config, null, 2)}\n`);
  process.stderr.write(`bandeau migrate: read as ${migration.source}; ${migration.notes.length ? `not carried over (${migration.notes.length}):` : 'everything was carried over.'}\n`);
  for (const note of migration.notes) process.stderr.write(`- ${describeNote(note)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
