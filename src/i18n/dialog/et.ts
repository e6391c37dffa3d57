import type { DialogTable } from './fr.js';

const et: DialogTable = {
  save: 'Salvesta valikud',
  close: 'Sulge',
  dialogTitle: 'Kohandage oma valikuid',
  dialogText:
    'Värviline riba näitab, kas küpsiste salvestamine ja profiilianalüüs on lubatud (roheline) või keelatud (punane). Saate oma valikuid igal ajal muuta.',
  granted: 'Lubatud',
  denied: 'Keelatud',
  alwaysOn: 'Alati aktiivne',
  partial: 'Osaliselt',
  grantedCount: 'Lubatud: {granted} / {total}',
  servicesOne: '{count} teenus',
  servicesOther: '{count} teenust',
  provider: 'Ettevõte: {provider}',
  servicePrivacy: 'Teenuse {service} privaatsuspoliitika',
  cookiesCaption: 'Teenuse {service} küpsised ja jälgimistehnoloogiad',
  cookieName: 'Nimi',
  cookieDuration: 'Kestus',
  cookiePurpose: 'Eesmärk',
  localStorage: 'kohalik salvestusruum',
  sessionStorage: 'seansi salvestusruum',
  cookieDomain: 'salvestab {domain}',
  session: 'seanss',
  persistent: 'kuni kustutamiseni',
  noCookies: 'Deklareeritud küpsiseid pole.',
  categoryCookies: 'Küpsised: {list}',
  yourChoice: 'Teie valik: {state}',
  undecided: 'valikut pole veel salvestatud',
  editChoices: 'Muuda valikuid',
  gpcNotice:
    'Teie brauser saatis meile keeldumissignaali (Global Privacy Control): järgisime seda ja keeldusime valikulistest küpsistest. Allpool saate siiski mõnega neist nõustuda.',
  necessaryDescription:
    'Need on veebisaidi toimimiseks hädavajalikud, salvestavad muu hulgas teie küpsiste valikud ja neid ei saa välja lülitada.',
  analyticsDescription: 'Võimaldavad meil mõõta veebisaidi külastatavust ja rubriikide kasutamist, et neid paremaks muuta.',
  socialDescription: 'Võimaldavad jagada sisu, vaadata sotsiaalmeedia postitusi (Telegram, videod jm) ja kasutada kommentaariumi.',
  adsDescription: 'Võimaldavad näidata teie huvidele vastavaid reklaame ja luua profiile, et mõõta reklaamide tõhusust.',
};

export default et;
