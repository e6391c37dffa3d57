/**
 * The one reader of the Open Cookie Database (https://github.com/jkwakman/Open-Cookie-Database, Apache-2.0, see
 * NOTICE): its CSV, parsed once here for the presets' build (scripts/presets/build.js) and the audit's cookie table
 * (packages/audit/scripts/build-cookie-db.js).
 */

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and newlines; a leading byte-order mark is skipped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') (field += '"'), i++;
      else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += c;
  }
  if (field !== '' || row.length) row.push(field), rows.push(row);
  // Blank lines are no rows.
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

/** One row of the database, trimmed. */
export interface OcdRow {
  platform: string;
  /** The database's own category: Analytics, Marketing, Functional, Security, Personalization… */
  category: string;
  name: string;
  domain: string;
  description: string;
  retention: string;
  controller: string;
  privacyUrl: string;
  /** The name is a prefix. */
  wildcard: boolean;
}

const COLUMNS = {
  platform: 'Platform',
  category: 'Category',
  name: 'Cookie / Data Key name',
  domain: 'Domain',
  description: 'Description',
  retention: 'Retention period',
  controller: 'Data Controller',
  privacyUrl: 'User Privacy & GDPR Rights Portals',
  wildcard: 'Wildcard match',
} as const;

/** The rows of the database's CSV text that name a cookie; throws when a column is missing. */
export function readOpenCookieDatabase(text: string): OcdRow[] {
  const [header = [], ...rows] = parseCsv(text);
  const at = Object.fromEntries(
    Object.entries(COLUMNS).map(([key, column]) => {
      const i = header.indexOf(column);
      if (i < 0) throw new Error(`Open Cookie Database: column "${column}" not found`);
      return [key, i];
    }),
  ) as Record<keyof typeof COLUMNS, number>;
  const cell = (row: string[], key: keyof typeof COLUMNS) => (row[at[key]] ?? '').trim();
  return rows
    .map((row) => ({
      platform: cell(row, 'platform'),
      category: cell(row, 'category'),
      name: cell(row, 'name'),
      domain: cell(row, 'domain'),
      description: cell(row, 'description'),
      retention: cell(row, 'retention'),
      controller: cell(row, 'controller'),
      privacyUrl: cell(row, 'privacyUrl'),
      wildcard: cell(row, 'wildcard') === '1',
    }))
    .filter((row) => row.name);
}
