import type { LanguageTable } from './fr.js';

const fi: LanguageTable = {
  bannerTitle: 'Evästevalintasi',
  bannerText:
    'Tämä sivusto käyttää evästeitä palvelujensa tarjoamiseen ja kehittämiseen. Valitsemalla ”Hyväksy kaikki” annat suostumuksesi siihen, että laitteellesi tallennetaan ja siltä luetaan evästeitä seuraaviin tarkoituksiin:',
  rejectInfo: 'Jos valitset ”Hylkää kaikki”, laitteellesi tallennetaan vain sivuston toiminnan kannalta välttämättömät tekniset evästeet.',
  changeInfo: 'Voit muuttaa valintojasi milloin tahansa kohdassa ”Asetukset”.',
  privacyText: 'Lisätietoja oikeuksistasi ja siitä, miten käytämme evästeitä, löydät',
  privacyLink: 'tietosuojaselosteestamme',
  acceptAll: 'Hyväksy kaikki',
  rejectAll: 'Hylkää kaikki',
  customize: 'Asetukset',
  save: 'Tallenna valinnat',
  close: 'Sulje',
  dialogTitle: 'Muokkaa valintojasi',
  dialogText:
    'Värillinen palkki näyttää, onko evästeiden tallentaminen ja profilointi sallittu (vihreä) vai hylätty (punainen). Voit muuttaa valintojasi milloin tahansa.',
  granted: 'Sallittu',
  denied: 'Hylätty',
  alwaysOn: 'Aina käytössä',
  continueWithoutAccepting: 'Jatka hyväksymättä',
  manageCookies: 'Hallitse evästeitä',
  gpcNotice:
    'Selaimesi lähetti meille kieltäytymissignaalin (Global Privacy Control): noudatimme sitä ja hylkäsimme valinnaiset evästeet. Voit silti hyväksyä niitä alla.',
  gateText: 'Jos haluat nähdä tämän sisällön ja kommentoida, hyväksy luokan ”{category}” evästeet joko tässä tai kohdassa ”Asetukset”.',
  gateAccept: 'Hyväksy luokan ”{category}” evästeet',
  gateSettings: 'Asetukset',
  necessaryTitle: 'Tekniset evästeet',
  necessaryDescription:
    'Ne ovat välttämättömiä sivuston toiminnalle, tallentavat muun muassa evästevalintasi, eikä niitä voi poistaa käytöstä.',
  analyticsTitle: 'Kävijämittaus',
  analyticsDescription: 'Niiden avulla mittaamme sivuston kävijämääriä ja osioiden käyttöä, jotta voimme kehittää niitä.',
  socialTitle: 'Sosiaalinen media',
  socialDescription:
    'Niiden avulla voit jakaa sisältöä, nähdä sosiaalisen median julkaisuja (Telegram, videot jne.) ja käyttää kommenttiosioita.',
  adsTitle: 'Mainonta ja profilointi',
  adsDescription: 'Niiden avulla näytämme kiinnostuksen kohteitasi vastaavia mainoksia ja luomme profiileja mainosten tehon mittaamiseksi.',
};

export default fi;
