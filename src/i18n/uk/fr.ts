/**
 * The UK banner's line (issue 21): under `uk`, the categories on until the visitor objects, named before the banner's
 * refusal text. Fetched only under uk (i18n/uk/<language>.js); overridable through the config's `texts`.
 */
const fr = {
  objectableText: 'Activés tant que vous ne vous y opposez pas : {list}. « Tout refuser » les désactive aussi.',
};

/** Every language's UK table has exactly these keys. */
export type UkTable = Record<keyof typeof fr, string>;

export default fr;
