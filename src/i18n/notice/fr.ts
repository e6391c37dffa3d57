/**
 * Texts of the regimes other than opt-in (issue 21): the notice of `opt-out` and `notice`, the Global Privacy Control
 * display, the UK banner's line. Fetched only under those regimes (i18n/notice/<language>.js); overridable through
 * the config's `texts` like every other string. « Paramétrer vos choix » is the first layer's `customize`.
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
  objectableText: 'Activés tant que vous ne vous y opposez pas : {list}. « Tout refuser » les désactive aussi.',
};

/** Every language's notice table has exactly these keys. */
export type NoticeTable = Record<keyof typeof fr, string>;

export default fr;
