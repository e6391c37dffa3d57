/**
 * The consent receipt: what the widget POSTs to `consentLog.endpoint` after every recorded decision (GDPR art. 7(1)
 * proof of consent), and what bandeau-receiver accepts. Its JSON Schema is written here once;
 * docs/consent-receipt.schema.json is generated from it (`npm run build:docs -w bandeau-catalog`) and a test fails when
 * the two differ.
 */

/**
 * How a decision was made. `notice`: « OK » on the notice of the `opt-out` and `notice` regimes (their defaults kept);
 * `opt-out`: « Do Not Sell or Share My Personal Information » (the `saleShare` categories refused).
 */
export const CONSENT_METHODS = ['accept-all', 'reject-all', 'custom', 'gpc', 'notice', 'opt-out'] as const;

/** The consent regimes (config `regimes`): `opt-in` (EU/EEA rules), `uk`, `opt-out` (US state laws), `notice` (elsewhere). */
export const REGIMES = ['opt-in', 'uk', 'opt-out', 'notice'] as const;

/** The proof-of-consent receipt, as the widget sends it. */
export interface ConsentReceipt {
  consentId: string;
  decidedAt: string;
  revision: number;
  /** Every category, explicitly true or false. */
  categories: Record<string, boolean>;
  /** Every service, when the config has services. */
  services?: Record<string, boolean>;
  method: (typeof CONSENT_METHODS)[number];
  /** The regime and region the decision was made under (only with `regimes` in the config; region null when unknown). */
  regime?: (typeof REGIMES)[number];
  region?: string | null;
  /** The variant of the banner shown when the visitor decided (config `variants`); null without variants. */
  variant?: string | null;
  language: string;
  /** The page's origin and path, without query string or fragment. */
  origin: string;
  path: string;
}

/** Category and service ids: the config's CATEGORY_ID, spelled without a flag (JSON Schema patterns have none). */
const ID_PATTERN = '^[A-Za-z][\\w-]{0,39}$';

const choices = (description: string) => ({
  type: 'object',
  description,
  additionalProperties: { type: 'boolean' },
  propertyNames: { pattern: ID_PATTERN },
});

/** The receipt's JSON Schema (draft 2020-12). */
export const RECEIPT_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'consent-receipt.schema.json',
  title: 'Consent receipt',
  description:
    'What the widget POSTs to config.consentLog.endpoint after every recorded decision (GDPR art. 7(1) proof of consent). No other personal data.',
  type: 'object',
  additionalProperties: false,
  required: ['consentId', 'decidedAt', 'revision', 'categories', 'method', 'language', 'origin', 'path'],
  properties: {
    consentId: {
      type: 'string',
      description: "Identifies this browser's consent record (random UUID); kept across decisions, renewed by reset().",
      pattern: '^[\\w-]{8,64}$',
    },
    decidedAt: { type: 'string', format: 'date-time', description: 'When the decision was made (ISO 8601, UTC).' },
    revision: { type: 'integer', minimum: 0, description: 'The config revision the decision was made under.' },
    categories: choices('Every configured category, explicitly true (granted) or false (refused). Required ones are true.'),
    services: choices('Every configured service, explicitly true or false (present when the config has services).'),
    method: {
      type: 'string',
      enum: [...CONSENT_METHODS],
      description:
        'How the decision was made. `notice`: « OK » on the notice of the opt-out and notice regimes (their defaults kept); `opt-out`: « Do Not Sell or Share My Personal Information » (the saleShare categories refused).',
    },
    regime: {
      description: "The regime the decision was made under: present only with `regimes` in the widget's config.",
      anyOf: [{ type: 'string', enum: [...REGIMES] }, { type: 'null' }],
    },
    region: {
      description:
        'The visitor\'s region when the decision was made, ISO 3166-1 alpha-2 (`FR`) or ISO 3166-2 (`US-CA`), or null when no source answered: present only with `regimes`.',
      anyOf: [{ type: 'string', pattern: '^[A-Z]{2}(-[A-Z0-9]{1,3})?$' }, { type: 'null' }],
    },
    variant: {
      description:
        "The id of the banner variant shown when the visitor decided (the widget's `variants`, an A/B test of the first layer's look); null without variants. Optional: receipts of widgets without variants support leave it out.",
      anyOf: [{ type: 'string', pattern: '^[\\w-]{1,64}$' }, { type: 'null' }],
    },
    language: { type: 'string', description: 'The language the banner was shown in.', pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' },
    origin: { type: 'string', description: "The page's origin (scheme, host, port).", pattern: '^https?://' },
    path: { type: 'string', description: "The page's path, without query string or fragment.", pattern: '^/[^?#]*$' },
  },
} as const;

/** The schema as docs/consent-receipt.schema.json holds it. */
export const receiptSchemaJson = (): string => `${JSON.stringify(RECEIPT_SCHEMA, null, 2)}\n`;
