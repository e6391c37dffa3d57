/**
 * French, the reference table: its wording follows the seed page, made generic. Every other language has the same
 * keys. These are the first layer's texts (banner, placeholders, category titles); the preferences dialog's are in
 * dialog/fr.ts, fetched when it first opens.
 */
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
  continueWithoutAccepting: 'Continuer sans accepter',
  manageCookies: 'Gérer mes cookies',
  gateText:
    'Pour afficher ce contenu et laisser des commentaires, veuillez accepter le dépôt des cookies « {category} », soit ici, soit via la rubrique « Paramétrer vos choix ».',
  gateAccept: 'Accepter les cookies « {category} »',
  gateSettings: 'Paramétrer vos choix',
  gateTextService:
    'Pour afficher ce contenu, veuillez autoriser le service « {service} » ({category}), soit ici, soit via la rubrique « Paramétrer vos choix ».',
  gateAcceptService: 'Accepter « {service} »',
  showCompanies: 'Voir la liste des sociétés',
  necessaryTitle: 'Cookies techniques',
  analyticsTitle: "Mesure d'audience",
  socialTitle: 'Réseaux sociaux',
  adsTitle: 'Publicité, création de profils',
};

export type TextKey = keyof typeof fr;
export type LanguageTable = Record<TextKey, string>;
export default fr as LanguageTable;
