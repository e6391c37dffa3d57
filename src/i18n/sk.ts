import type { LanguageTable } from './fr.js';

const sk: LanguageTable = {
  bannerTitle: 'Vaše voľby týkajúce sa súborov cookie',
  bannerText:
    'Táto webová stránka používa súbory cookie na zabezpečenie a zlepšovanie svojich služieb. Kliknutím na „Prijať všetko“ súhlasíte s ukladaním súborov cookie do vášho zariadenia a s ich čítaním na tieto účely:',
  rejectInfo:
    'Po kliknutí na „Odmietnuť všetko“ sa uložia iba technické súbory cookie, ktoré sú nevyhnutne potrebné na fungovanie stránky.',
  changeInfo: 'Svoje voľby môžete kedykoľvek zmeniť v časti „Nastavenia“.',
  privacyText: 'Viac informácií o vašich právach a o tom, ako používame súbory cookie, nájdete v našich',
  privacyLink: 'Zásadách ochrany osobných údajov',
  acceptAll: 'Prijať všetko',
  rejectAll: 'Odmietnuť všetko',
  customize: 'Nastavenia',
  save: 'Uložiť voľby',
  close: 'Zavrieť',
  dialogTitle: 'Nastavenia súborov cookie',
  dialogText:
    'Farebný pruh ukazuje, či je ukladanie súborov cookie a profilovanie povolené (zelená), alebo odmietnuté (červená). Svoje voľby môžete kedykoľvek zmeniť.',
  granted: 'Povolené',
  denied: 'Odmietnuté',
  alwaysOn: 'Vždy aktívne',
  continueWithoutAccepting: 'Pokračovať bez súhlasu',
  manageCookies: 'Spravovať súbory cookie',
  gpcNotice:
    'Váš prehliadač nám poslal signál nesúhlasu (Global Privacy Control): rešpektovali sme ho a voliteľné súbory cookie sme odmietli. Nižšie však môžete niektoré z nich prijať.',
  gateText:
    'Ak chcete zobraziť tento obsah a písať komentáre, prijmite súbory cookie kategórie „{category}“, a to buď tu, alebo v časti „Nastavenia“.',
  gateAccept: 'Prijať súbory cookie kategórie „{category}“',
  gateSettings: 'Nastavenia',
  necessaryTitle: 'Technické súbory cookie',
  necessaryDescription:
    'Sú nevyhnutné na fungovanie stránky, okrem iného uchovávajú vaše voľby týkajúce sa súborov cookie a nemožno ich vypnúť.',
  analyticsTitle: 'Meranie návštevnosti',
  analyticsDescription: 'Umožňujú nám merať návštevnosť stránky a používanie jej sekcií, aby sme ich mohli zlepšovať.',
  socialTitle: 'Sociálne siete',
  socialDescription:
    'Umožňujú zdieľať obsah, zobrazovať príspevky zo sociálnych sietí (Telegram, videá a pod.) a používať sekcie komentárov.',
  adsTitle: 'Reklama a profilovanie',
  adsDescription: 'Umožňujú zobrazovať reklamu prispôsobenú vašim záujmom a vytvárať profily na meranie jej účinnosti.',
};

export default sk;
