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
  save: 'Salvesta valikud',
  close: 'Sulge',
  dialogTitle: 'Kohandage oma valikuid',
  dialogText:
    'Värviline riba näitab, kas küpsiste salvestamine ja profiilianalüüs on lubatud (roheline) või keelatud (punane). Saate oma valikuid igal ajal muuta.',
  granted: 'Lubatud',
  denied: 'Keelatud',
  alwaysOn: 'Alati aktiivne',
  continueWithoutAccepting: 'Jätka nõustumata',
  manageCookies: 'Halda küpsiseid',
  gpcNotice:
    'Teie brauser saatis meile keeldumissignaali (Global Privacy Control): järgisime seda ja keeldusime valikulistest küpsistest. Allpool saate siiski mõnega neist nõustuda.',
  gateText: 'Selle sisu kuvamiseks ja kommenteerimiseks nõustuge kategooria „{category}“ küpsistega kas siin või jaotises „Seaded“.',
  gateAccept: 'Nõustu kategooria „{category}“ küpsistega',
  gateSettings: 'Seaded',
  necessaryTitle: 'Tehnilised küpsised',
  necessaryDescription:
    'Need on veebisaidi toimimiseks hädavajalikud, salvestavad muu hulgas teie küpsiste valikud ja neid ei saa välja lülitada.',
  analyticsTitle: 'Külastatavuse mõõtmine',
  analyticsDescription: 'Võimaldavad meil mõõta veebisaidi külastatavust ja rubriikide kasutamist, et neid paremaks muuta.',
  socialTitle: 'Sotsiaalmeedia',
  socialDescription: 'Võimaldavad jagada sisu, vaadata sotsiaalmeedia postitusi (Telegram, videod jm) ja kasutada kommentaariumi.',
  adsTitle: 'Reklaam ja profiilianalüüs',
  adsDescription: 'Võimaldavad näidata teie huvidele vastavaid reklaame ja luua profiile, et mõõta reklaamide tõhusust.',
};

export default et;
