import type { LanguageTable } from './fr.js';

const hr: LanguageTable = {
  bannerTitle: 'Vaš odabir kolačića',
  bannerText:
    'Ova web-stranica upotrebljava kolačiće za pružanje i poboljšanje svojih usluga. Klikom na „Prihvati sve“ pristajete na pohranu kolačića na vašem uređaju i njihovo čitanje u sljedeće svrhe:',
  rejectInfo: 'Klikom na „Odbij sve“ pohranit će se samo tehnički kolačići, nužni za rad web-stranice.',
  changeInfo: 'Svoj odabir možete u bilo kojem trenutku promijeniti u odjeljku „Postavke“.',
  privacyText: 'Više o svojim pravima i o tome kako upotrebljavamo kolačiće pročitajte u našoj',
  privacyLink: 'Politici privatnosti',
  acceptAll: 'Prihvati sve',
  rejectAll: 'Odbij sve',
  customize: 'Postavke',
  continueWithoutAccepting: 'Nastavi bez prihvaćanja',
  manageCookies: 'Upravljanje kolačićima',
  gateText: 'Za prikaz ovog sadržaja i ostavljanje komentara prihvatite kolačiće kategorije „{category}“, ovdje ili u odjeljku „Postavke“.',
  gateAccept: 'Prihvati kolačiće kategorije „{category}“',
  gateSettings: 'Postavke',
  gateTextService: 'Za prikaz ovog sadržaja dopustite uslugu „{service}“ ({category}), ovdje ili u odjeljku „Postavke“.',
  gateAcceptService: 'Prihvati „{service}“',
  showCompanies: 'Prikaži popis tvrtki',
  necessaryTitle: 'Tehnički kolačići',
  analyticsTitle: 'Mjerenje posjećenosti',
  socialTitle: 'Društvene mreže',
  adsTitle: 'Oglašavanje i izrada profila',
};

export default hr;
