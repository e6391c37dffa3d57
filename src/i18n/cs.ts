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
  save: 'Uložit volby',
  close: 'Zavřít',
  dialogTitle: 'Nastavení souborů cookie',
  dialogText:
    'Barevný pruh ukazuje, zda je ukládání souborů cookie a profilování povoleno (zelená), nebo odmítnuto (červená). Své volby můžete kdykoli změnit.',
  granted: 'Povoleno',
  denied: 'Odmítnuto',
  alwaysOn: 'Vždy aktivní',
  continueWithoutAccepting: 'Pokračovat bez souhlasu',
  manageCookies: 'Spravovat soubory cookie',
  gpcNotice:
    'Váš prohlížeč nám poslal signál nesouhlasu (Global Privacy Control): respektovali jsme ho a volitelné soubory cookie jsme odmítli. Níže však můžete některé z nich přijmout.',
  gateText:
    'Chcete-li zobrazit tento obsah a psát komentáře, přijměte soubory cookie kategorie „{category}“, a to buď zde, nebo v sekci „Nastavení“.',
  gateAccept: 'Přijmout soubory cookie kategorie „{category}“',
  gateSettings: 'Nastavení',
  necessaryTitle: 'Technické soubory cookie',
  necessaryDescription: 'Jsou nezbytné pro fungování webu, mimo jiné uchovávají vaše volby týkající se souborů cookie a nelze je vypnout.',
  analyticsTitle: 'Měření návštěvnosti',
  analyticsDescription: 'Umožňují nám měřit návštěvnost webu a využívání jeho sekcí, abychom je mohli zlepšovat.',
  socialTitle: 'Sociální sítě',
  socialDescription:
    'Umožňují sdílet obsah, zobrazovat příspěvky ze sociálních sítí (Telegram, videa apod.) a používat sekce pro komentáře.',
  adsTitle: 'Reklama a profilování',
  adsDescription: 'Umožňují zobrazovat reklamu odpovídající vašim zájmům a vytvářet profily pro měření její účinnosti.',
};

export default cs;
