import type { DialogTable } from './fr.js';

const fi: DialogTable = {
  save: 'Tallenna valinnat',
  close: 'Sulje',
  dialogTitle: 'Muokkaa valintojasi',
  dialogText:
    'Värillinen palkki näyttää, onko evästeiden tallentaminen ja profilointi sallittu (vihreä) vai hylätty (punainen). Voit muuttaa valintojasi milloin tahansa.',
  granted: 'Sallittu',
  denied: 'Hylätty',
  alwaysOn: 'Aina käytössä',
  partial: 'Osittain',
  grantedCount: 'Sallittu: {granted}/{total}',
  servicesOne: '{count} palvelu',
  servicesOther: '{count} palvelua',
  provider: 'Yritys: {provider}',
  servicePrivacy: 'Palvelun {service} tietosuojaseloste',
  cookiesCaption: 'Palvelun {service} evästeet ja seurantatekniikat',
  cookieName: 'Nimi',
  cookieDuration: 'Voimassaolo',
  cookiePurpose: 'Tarkoitus',
  localStorage: 'paikallinen tallennustila',
  sessionStorage: 'istunnon tallennustila',
  cookieDomain: 'asettaja: {domain}',
  session: 'istunto',
  persistent: 'poistamiseen asti',
  noCookies: 'Ei ilmoitettuja evästeitä.',
  categoryCookies: 'Evästeet: {list}',
  yourChoice: 'Valintasi: {state}',
  undecided: 'valintaa ei ole vielä tallennettu',
  editChoices: 'Muuta valintoja',
  gpcNotice:
    'Selaimesi lähetti meille kieltäytymissignaalin (Global Privacy Control): noudatimme sitä ja hylkäsimme valinnaiset evästeet. Voit silti hyväksyä niitä alla.',
  necessaryDescription:
    'Ne ovat välttämättömiä sivuston toiminnalle, tallentavat muun muassa evästevalintasi, eikä niitä voi poistaa käytöstä.',
  analyticsDescription: 'Niiden avulla mittaamme sivuston kävijämääriä ja osioiden käyttöä, jotta voimme kehittää niitä.',
  socialDescription:
    'Niiden avulla voit jakaa sisältöä, nähdä sosiaalisen median julkaisuja (Telegram, videot jne.) ja käyttää kommenttiosioita.',
  adsDescription: 'Niiden avulla näytämme kiinnostuksen kohteitasi vastaavia mainoksia ja luomme profiileja mainosten tehon mittaamiseksi.',
};

export default fi;
