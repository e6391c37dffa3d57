/**
 * Texts of the `opt-out` and `notice` regimes (issue 21): their notice and the Global Privacy Control display. Fetched
 * only under those regimes (i18n/notice/<language>.js; the UK banner's line is in i18n/uk/); overridable through the
 * config's `texts` like every other string. « Paramétrer vos choix » is the first layer's `customize`.
 */
const fr = {
  noticeTitle: 'Cookies sur ce site',
  noticeText: 'Ce site utilise des cookies pour fonctionner, mesurer son audience et améliorer ses services. Vous pouvez modifier vos choix à tout moment.',
  optOutText: 'Ce site utilise des cookies pour fonctionner, mesurer son audience et vous montrer des publicités. Vous pouvez refuser la vente ou le partage de vos informations personnelles, et modifier vos choix à tout moment.',
  noticeOk: 'OK',
  doNotSell: 'Ne pas vendre ni partager mes informations personnelles',
  gpcHonored: 'Demande de refus respectée',
  gpcHonoredText: 'Votre navigateur a envoyé le signal Global Privacy Control : nous ne vendons ni ne partageons vos informations personnelles.',
  noticeClose: 'Fermer',
};

/** Every language's notice table has exactly these keys. */
export type NoticeTable = Record<keyof typeof fr, string>;

export default fr;
