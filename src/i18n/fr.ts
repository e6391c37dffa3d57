/** French, the reference table: its wording follows the seed page, made generic. Every other language has the same keys. */
const fr = {
  bannerTitle: 'Vos choix en matière de cookies',
  bannerText:
    'Ce site utilise des cookies pour exploiter et améliorer ses services. En cliquant sur « Tout accepter », vous consentez au dépôt et à la lecture de cookies sur votre terminal pour les finalités suivantes :',
  rejectInfo:
    'En cliquant sur « Tout refuser », seuls les cookies techniques, strictement nécessaires au fonctionnement du site, seront déposés.',
  changeInfo: 'Vous pouvez modifier vos choix à tout moment via la rubrique « Paramétrer vos choix ».',
  privacyText: 'Pour en savoir plus sur vos droits et nos pratiques en matière de cookies, consultez notre',
  privacyLink: 'Politique de confidentialité',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  customize: 'Paramétrer vos choix',
  save: 'Enregistrer mes choix',
  close: 'Fermer',
  dialogTitle: 'Paramétrer vos choix',
  dialogText:
    'Le bandeau de couleur indique si le dépôt de cookies et la création de profils sont autorisés (vert) ou refusés (rouge). Vous pouvez modifier vos choix à tout moment.',
  granted: 'Autorisé',
  denied: 'Refusé',
  alwaysOn: 'Toujours actif',
  continueWithoutAccepting: 'Continuer sans accepter',
  manageCookies: 'Gérer mes cookies',
  gpcNotice:
    'Votre navigateur nous a transmis un signal de refus (Global Privacy Control) : nous l’avons respecté en refusant les cookies facultatifs. Vous pouvez toujours en accepter ci-dessous.',
  gateText:
    'Pour afficher ce contenu et laisser des commentaires, veuillez accepter le dépôt des cookies « {category} », soit ici, soit via la rubrique « Paramétrer vos choix ».',
  gateAccept: 'Accepter les cookies « {category} »',
  gateSettings: 'Paramétrer vos choix',
  necessaryTitle: 'Cookies techniques',
  necessaryDescription:
    'Indispensables au fonctionnement du site, ils mémorisent notamment vos choix en matière de cookies. Ils ne peuvent pas être désactivés.',
  analyticsTitle: "Mesure d'audience",
  analyticsDescription:
    "Nous permettent de mesurer la fréquentation du site et l'utilisation de ses rubriques afin de les améliorer.",
  socialTitle: 'Réseaux sociaux',
  socialDescription:
    'Permettent le partage de contenus, l’affichage des publications des réseaux sociaux (Telegram, vidéos…) et l’utilisation des espaces commentaires.',
  adsTitle: 'Publicité, création de profils',
  adsDescription:
    'Permettent d’afficher des publicités adaptées à vos centres d’intérêt et de créer des profils pour en mesurer l’efficacité.',
};

export type TextKey = keyof typeof fr;
export type LanguageTable = Record<TextKey, string>;
export default fr as LanguageTable;
