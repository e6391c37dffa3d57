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
  continueWithoutAccepting: 'Tęsti nesutikus',
  manageCookies: 'Tvarkyti slapukus',
  gateText: 'Norėdami matyti šį turinį ir rašyti komentarus, priimkite kategorijos „{category}“ slapukus čia arba skiltyje „Nustatymai“.',
  gateAccept: 'Priimti kategorijos „{category}“ slapukus',
  gateSettings: 'Nustatymai',
  gateTextService: 'Norėdami matyti šį turinį, leiskite naudoti paslaugą „{service}“ ({category}) čia arba skiltyje „Nustatymai“.',
  gateAcceptService: 'Leisti „{service}“',
  showCompanies: 'Peržiūrėti įmonių sąrašą',
  necessaryTitle: 'Techniniai slapukai',
  analyticsTitle: 'Lankomumo vertinimas',
  socialTitle: 'Socialiniai tinklai',
  adsTitle: 'Reklama ir profiliavimas',
};

export default lt;
