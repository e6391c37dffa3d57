import type { LanguageTable } from './fr.js';

const et: LanguageTable = {
  bannerTitle: 'Teie küpsiste eelistused',
  bannerText:
    'See veebisait kasutab küpsiseid oma teenuste pakkumiseks ja täiustamiseks. Klõpsates nupul „Nõustu kõigiga“, nõustute, et teie seadmesse salvestatakse ja sealt loetakse küpsiseid järgmistel eesmärkidel:',
  rejectInfo: 'Kui klõpsate nupul „Keeldu kõigist“, salvestatakse ainult tehnilised küpsised, mis on veebisaidi toimimiseks hädavajalikud.',
  changeInfo: 'Saate oma valikuid igal ajal muuta jaotises „Seaded“.',
  privacyText: 'Lisateavet teie õiguste ja meie küpsiste kasutamise kohta leiate meie',
  privacyLink: 'privaatsuspoliitikast',
  acceptAll: 'Nõustu kõigiga',
  rejectAll: 'Keeldu kõigist',
  customize: 'Seaded',
  continueWithoutAccepting: 'Jätka nõustumata',
  manageCookies: 'Halda küpsiseid',
  gateText: 'Selle sisu kuvamiseks ja kommenteerimiseks nõustuge kategooria „{category}“ küpsistega kas siin või jaotises „Seaded“.',
  gateAccept: 'Nõustu kategooria „{category}“ küpsistega',
  gateSettings: 'Seaded',
  gateTextService: 'Selle sisu kuvamiseks lubage teenus „{service}“ ({category}) kas siin või jaotises „Seaded“.',
  gateAcceptService: 'Luba „{service}“',
  showCompanies: 'Vaata ettevõtete loendit',
  necessaryTitle: 'Tehnilised küpsised',
  analyticsTitle: 'Külastatavuse mõõtmine',
  socialTitle: 'Sotsiaalmeedia',
  adsTitle: 'Reklaam ja profiilianalüüs',
};

export default et;
