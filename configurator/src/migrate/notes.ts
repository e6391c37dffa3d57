/**
 * What an import could not carry over, each with its reason. Reasons are few and fixed, so the page can say them in
 * French or English and the command line in English.
 */
export type NoteReason =
  | 'function'
  | 'no-equivalent'
  | 'no-preset'
  | 'unknown-cookie'
  | 'html'
  | 'prechecked'
  | 'clamped'
  | 'service-setting'
  | 'invalid'
  | 'storage'
  | 'other-banner';

/** One thing not carried over (or carried over with a change): where it was in the source, and why. */
export interface Note {
  /** Where in the source, e.g. "categories.analytics.services.ga.onAccept" or "tarteaucitron.user.gtagUa". */
  source: string;
  reason: NoteReason;
  /** A detail: the value, or what was done instead. */
  detail?: string;
}

export const NOTE_REASONS: Record<'en' | 'fr', Record<NoteReason, string>> = {
  en: {
    function: 'code (a function or a computed value) is never run or copied: move it to a gated script or an event listener',
    'no-equivalent': 'no equivalent in bandeau',
    'no-preset': 'no preset for this service: added as a custom service; complete its provider, privacy link and cookies',
    'unknown-cookie': 'seen by the audit but known to no service: place it in a category (and a service)',
    html: 'HTML removed: bandeau texts are plain text',
    prechecked: 'on by default in the source: bandeau never switches anything on before the visitor does',
    clamped: 'longer than 395 days (13 months, the CNIL maximum): shortened',
    'service-setting': "the service's own setting (an id, a key): keep it in the service's gated script",
    invalid: 'not a value bandeau accepts: left out',
    storage: 'bandeau stores the choice in a first-party cookie only',
    'other-banner': "another banner's own consent key: gone once bandeau replaces it (bandeau declares its own cookie)",
  },
  fr: {
    function: "du code (une fonction ou une valeur calculée) n'est jamais exécuté ni copié : placez-le dans un script bloqué ou un écouteur d'événement",
    'no-equivalent': "pas d'équivalent dans bandeau",
    'no-preset': 'aucun préréglage pour ce service : ajouté comme service personnalisé ; complétez sa société, son lien de confidentialité et ses cookies',
    'unknown-cookie': "vu par l'audit mais inconnu de tout service : placez-le dans une catégorie (et un service)",
    html: 'HTML retiré : les textes de bandeau sont du texte simple',
    prechecked: "activé par défaut dans la source : bandeau n'active rien avant le visiteur",
    clamped: 'plus de 395 jours (13 mois, le maximum de la CNIL) : raccourci',
    'service-setting': 'réglage propre au service (un identifiant, une clé) : gardez-le dans le script bloqué du service',
    invalid: "valeur que bandeau n'accepte pas : laissée de côté",
    storage: 'bandeau conserve le choix dans un cookie propriétaire uniquement',
    'other-banner': "clé de consentement d'un autre bandeau : elle disparaît quand bandeau le remplace (bandeau déclare son propre cookie)",
  },
};

/** One line per note, for the command line and the page. */
export const describeNote = (note: Note, language: 'en' | 'fr' = 'en'): string =>
  `${note.source}: ${NOTE_REASONS[language][note.reason]}${note.detail ? ` (${note.detail})` : ''}`;
