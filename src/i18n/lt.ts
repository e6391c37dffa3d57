import type { LanguageTable } from './fr.js';

const lt: LanguageTable = {
  bannerTitle: 'Jūsų pasirinkimai dėl slapukų',
  bannerText:
    'Ši svetainė naudoja slapukus, kad galėtų teikti ir tobulinti savo paslaugas. Spustelėdami „Priimti visus“ sutinkate, kad Jūsų įrenginyje būtų įrašomi ir iš jo nuskaitomi slapukai šiais tikslais:',
  rejectInfo: 'Spustelėjus „Atmesti visus“, bus įrašomi tik techniniai slapukai, kurie yra būtini svetainei veikti.',
  changeInfo: 'Savo pasirinkimus bet kada galite pakeisti skiltyje „Nustatymai“.',
  privacyText: 'Daugiau informacijos apie savo teises ir tai, kaip naudojame slapukus, rasite mūsų',
  privacyLink: 'privatumo politikoje',
  acceptAll: 'Priimti visus',
  rejectAll: 'Atmesti visus',
  customize: 'Nustatymai',
  save: 'Išsaugoti pasirinkimus',
  close: 'Uždaryti',
  dialogTitle: 'Tinkinkite savo pasirinkimus',
  dialogText:
    'Spalvota juosta rodo, ar slapukų įrašymas ir profiliavimas leidžiami (žalia), ar atmesti (raudona). Savo pasirinkimus bet kada galite pakeisti.',
  granted: 'Leidžiama',
  denied: 'Atmesta',
  alwaysOn: 'Visada įjungta',
  continueWithoutAccepting: 'Tęsti nesutikus',
  manageCookies: 'Tvarkyti slapukus',
  gpcNotice:
    'Jūsų naršyklė mums atsiuntė atsisakymo signalą (Global Privacy Control): jo paisėme ir atmetėme neprivalomus slapukus. Žemiau vis tiek galite kai kuriuos iš jų priimti.',
  gateText: 'Norėdami matyti šį turinį ir rašyti komentarus, priimkite kategorijos „{category}“ slapukus čia arba skiltyje „Nustatymai“.',
  gateAccept: 'Priimti kategorijos „{category}“ slapukus',
  gateSettings: 'Nustatymai',
  necessaryTitle: 'Techniniai slapukai',
  necessaryDescription: 'Jie būtini svetainei veikti, be kita ko, įsimena Jūsų pasirinkimus dėl slapukų, ir jų negalima išjungti.',
  analyticsTitle: 'Lankomumo vertinimas',
  analyticsDescription: 'Leidžia mums vertinti svetainės lankomumą ir jos skilčių naudojimą, kad galėtume jas tobulinti.',
  socialTitle: 'Socialiniai tinklai',
  socialDescription:
    'Leidžia dalytis turiniu, matyti socialinių tinklų įrašus (Telegram, vaizdo įrašai ir kt.) ir naudotis komentarų skiltimis.',
  adsTitle: 'Reklama ir profiliavimas',
  adsDescription: 'Leidžia rodyti Jūsų pomėgius atitinkančią reklamą ir kurti profilius jos veiksmingumui vertinti.',
};

export default lt;
