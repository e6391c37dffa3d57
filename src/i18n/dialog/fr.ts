/** French, the reference table of the preferences dialog's texts, fetched when the dialog first opens. */
const fr = {
  save: 'Enregistrer mes choix',
  close: 'Fermer',
  dialogTitle: 'Paramétrer vos choix',
  dialogText:
    'Le bandeau de couleur indique si le dépôt de cookies et la création de profils sont autorisés (vert) ou refusés (rouge). Vous pouvez modifier vos choix à tout moment.',
  granted: 'Autorisé',
  denied: 'Refusé',
  alwaysOn: 'Toujours actif',
  partial: 'Partiel',
  grantedCount: 'Autorisés : {granted} sur {total}',
  servicesOne: '{count} service',
  servicesOther: '{count} services',
  provider: 'Société : {provider}',
  servicePrivacy: 'Politique de confidentialité de {service}',
  cookiesCaption: 'Cookies et traceurs de {service}',
  cookieName: 'Nom',
  cookieDuration: 'Durée',
  cookiePurpose: 'Finalité',
  localStorage: 'stockage local',
  sessionStorage: 'stockage de session',
  cookieDomain: 'déposé par {domain}',
  session: 'session',
  persistent: 'jusqu’à suppression',
  noCookies: 'Aucun cookie déclaré.',
  categoryCookies: 'Cookies : {list}',
  yourChoice: 'Votre choix : {state}',
  undecided: 'aucun choix enregistré',
  editChoices: 'Modifier mes choix',
  gpcNotice:
    'Votre navigateur nous a transmis un signal de refus (Global Privacy Control) : nous l’avons respecté en refusant les cookies facultatifs. Vous pouvez toujours en accepter ci-dessous.',
  necessaryDescription:
    'Indispensables au fonctionnement du site, ils mémorisent notamment vos choix en matière de cookies. Ils ne peuvent pas être désactivés.',
  analyticsDescription:
    "Nous permettent de mesurer la fréquentation du site et l'utilisation de ses rubriques afin de les améliorer.",
  socialDescription:
    'Permettent le partage de contenus, l’affichage des publications des réseaux sociaux (Telegram, vidéos…) et l’utilisation des espaces commentaires.',
  adsDescription:
    'Permettent d’afficher des publicités adaptées à vos centres d’intérêt et de créer des profils pour en mesurer l’efficacité.',
};

export type DialogTextKey = keyof typeof fr;
/** A duration unit's plural forms, "one:{n} …|other:{n} …" ("other" last), for a language whose unit names browsers' Intl lacks. */
export type DurationUnitKey = `duration${'Year' | 'Month' | 'Week' | 'Day' | 'Hour' | 'Minute' | 'Second'}`;
export type DialogTable = Record<DialogTextKey, string> & Partial<Record<DurationUnitKey, string>>;
export default fr as DialogTable;
