import type { DialogTable } from './fr.js';

const lt: DialogTable = {
  save: 'Išsaugoti pasirinkimus',
  close: 'Uždaryti',
  dialogTitle: 'Tinkinkite savo pasirinkimus',
  dialogText:
    'Spalvota juosta rodo, ar slapukų įrašymas ir profiliavimas leidžiami (žalia), ar atmesti (raudona). Savo pasirinkimus bet kada galite pakeisti.',
  granted: 'Leidžiama',
  denied: 'Atmesta',
  alwaysOn: 'Visada įjungta',
  partial: 'Iš dalies',
  grantedCount: 'Leidžiama: {granted} iš {total}',
  servicesOne: '{count} paslauga',
  servicesOther: 'Paslaugos: {count}',
  provider: 'Įmonė: {provider}',
  servicePrivacy: 'Paslaugos {service} privatumo politika',
  cookiesCaption: 'Paslaugos {service} slapukai ir sekimo priemonės',
  cookieName: 'Pavadinimas',
  cookieDuration: 'Galiojimo laikas',
  cookiePurpose: 'Paskirtis',
  localStorage: 'vietinė saugykla',
  sessionStorage: 'seanso saugykla',
  cookieDomain: 'įrašo {domain}',
  session: 'seansas',
  persistent: 'kol bus ištrinta',
  noCookies: 'Slapukų nenurodyta.',
  categoryCookies: 'Slapukai: {list}',
  yourChoice: 'Jūsų pasirinkimas: {state}',
  undecided: 'pasirinkimas dar neišsaugotas',
  editChoices: 'Keisti pasirinkimus',
  gpcNotice:
    'Jūsų naršyklė mums atsiuntė atsisakymo signalą (Global Privacy Control): jo paisėme ir atmetėme neprivalomus slapukus. Žemiau vis tiek galite kai kuriuos iš jų priimti.',
  necessaryDescription: 'Jie būtini svetainei veikti, be kita ko, įsimena Jūsų pasirinkimus dėl slapukų, ir jų negalima išjungti.',
  analyticsDescription: 'Leidžia mums vertinti svetainės lankomumą ir jos skilčių naudojimą, kad galėtume jas tobulinti.',
  socialDescription:
    'Leidžia dalytis turiniu, matyti socialinių tinklų įrašus (Telegram, vaizdo įrašai ir kt.) ir naudotis komentarų skiltimis.',
  adsDescription: 'Leidžia rodyti Jūsų pomėgius atitinkančią reklamą ir kurti profilius jos veiksmingumui vertinti.',
};

export default lt;
