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
  save: 'Spremi odabir',
  close: 'Zatvori',
  dialogTitle: 'Prilagodite svoj odabir',
  dialogText:
    'Obojena traka pokazuje jesu li pohrana kolačića i izrada profila dopušteni (zeleno) ili odbijeni (crveno). Svoj odabir možete u bilo kojem trenutku promijeniti.',
  granted: 'Dopušteno',
  denied: 'Odbijeno',
  alwaysOn: 'Uvijek uključeno',
  continueWithoutAccepting: 'Nastavi bez prihvaćanja',
  manageCookies: 'Upravljanje kolačićima',
  gpcNotice:
    'Vaš preglednik poslao nam je signal odbijanja (Global Privacy Control): poštovali smo ga i odbili neobvezne kolačiće. Neke od njih i dalje možete prihvatiti u nastavku.',
  gateText: 'Za prikaz ovog sadržaja i ostavljanje komentara prihvatite kolačiće kategorije „{category}“, ovdje ili u odjeljku „Postavke“.',
  gateAccept: 'Prihvati kolačiće kategorije „{category}“',
  gateSettings: 'Postavke',
  necessaryTitle: 'Tehnički kolačići',
  necessaryDescription: 'Nužni su za rad web-stranice, među ostalim pamte vaš odabir kolačića i ne mogu se isključiti.',
  analyticsTitle: 'Mjerenje posjećenosti',
  analyticsDescription: 'Omogućuju nam mjerenje posjećenosti web-stranice i korištenja njezinih rubrika kako bismo ih poboljšali.',
  socialTitle: 'Društvene mreže',
  socialDescription:
    'Omogućuju dijeljenje sadržaja, prikaz objava s društvenih mreža (Telegram, videozapisi i sl.) i korištenje odjeljaka za komentare.',
  adsTitle: 'Oglašavanje i izrada profila',
  adsDescription: 'Omogućuju prikaz oglasa prilagođenih vašim interesima i izradu profila za mjerenje njihove učinkovitosti.',
};

export default hr;
