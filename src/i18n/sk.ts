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
  continueWithoutAccepting: 'Pokračovať bez súhlasu',
  manageCookies: 'Spravovať súbory cookie',
  gateText:
    'Ak chcete zobraziť tento obsah a písať komentáre, prijmite súbory cookie kategórie „{category}“, a to buď tu, alebo v časti „Nastavenia“.',
  gateAccept: 'Prijať súbory cookie kategórie „{category}“',
  gateSettings: 'Nastavenia',
  gateTextService: 'Ak chcete zobraziť tento obsah, povoľte službu „{service}“ ({category}), a to buď tu, alebo v časti „Nastavenia“.',
  gateAcceptService: 'Povoliť „{service}“',
  showCompanies: 'Zobraziť zoznam spoločností',
  necessaryTitle: 'Technické súbory cookie',
  analyticsTitle: 'Meranie návštevnosti',
  socialTitle: 'Sociálne siete',
  adsTitle: 'Reklama a profilovanie',
};

export default sk;
