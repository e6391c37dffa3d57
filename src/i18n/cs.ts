import type { LanguageTable } from './fr.js';

const cs: LanguageTable = {
  bannerTitle: 'Vaše volby týkající se souborů cookie',
  bannerText:
    'Tento web používá soubory cookie k zajištění a zlepšování svých služeb. Kliknutím na „Přijmout vše“ souhlasíte s ukládáním souborů cookie do vašeho zařízení a s jejich čtením pro tyto účely:',
  rejectInfo: 'Po kliknutí na „Odmítnout vše“ budou uloženy pouze technické soubory cookie, které jsou nezbytně nutné pro fungování webu.',
  changeInfo: 'Své volby můžete kdykoli změnit v sekci „Nastavení“.',
  privacyText: 'Více informací o vašich právech a o tom, jak používáme soubory cookie, najdete v našich',
  privacyLink: 'Zásadách ochrany osobních údajů',
  acceptAll: 'Přijmout vše',
  rejectAll: 'Odmítnout vše',
  customize: 'Nastavení',
  continueWithoutAccepting: 'Pokračovat bez souhlasu',
  manageCookies: 'Spravovat soubory cookie',
  gateText:
    'Chcete-li zobrazit tento obsah a psát komentáře, přijměte soubory cookie kategorie „{category}“, a to buď zde, nebo v sekci „Nastavení“.',
  gateAccept: 'Přijmout soubory cookie kategorie „{category}“',
  gateSettings: 'Nastavení',
  gateTextService: 'Chcete-li zobrazit tento obsah, povolte službu „{service}“ ({category}), a to buď zde, nebo v sekci „Nastavení“.',
  gateAcceptService: 'Povolit „{service}“',
  showCompanies: 'Zobrazit seznam společností',
  necessaryTitle: 'Technické soubory cookie',
  analyticsTitle: 'Měření návštěvnosti',
  socialTitle: 'Sociální sítě',
  adsTitle: 'Reklama a profilování',
};

export default cs;
