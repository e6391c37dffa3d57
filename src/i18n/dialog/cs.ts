import type { DialogTable } from './fr.js';

const cs: DialogTable = {
  save: 'Uložit volby',
  close: 'Zavřít',
  dialogTitle: 'Nastavení souborů cookie',
  dialogText:
    'Barevný pruh ukazuje, zda je ukládání souborů cookie a profilování povoleno (zelená), nebo odmítnuto (červená). Své volby můžete kdykoli změnit.',
  granted: 'Povoleno',
  denied: 'Odmítnuto',
  alwaysOn: 'Vždy aktivní',
  partial: 'Částečně',
  grantedCount: 'Povoleno: {granted} z {total}',
  servicesOne: '{count} služba',
  servicesOther: 'Služby: {count}',
  provider: 'Společnost: {provider}',
  servicePrivacy: 'Zásady ochrany osobních údajů služby {service}',
  cookiesCaption: 'Soubory cookie a sledovací prvky služby {service}',
  cookieName: 'Název',
  cookieDuration: 'Doba platnosti',
  cookiePurpose: 'Účel',
  localStorage: 'místní úložiště',
  sessionStorage: 'úložiště relace',
  cookieDomain: 'ukládá {domain}',
  session: 'relace',
  persistent: 'do smazání',
  noCookies: 'Nejsou uvedeny žádné soubory cookie.',
  categoryCookies: 'Soubory cookie: {list}',
  yourChoice: 'Vaše volba: {state}',
  undecided: 'volba zatím nebyla uložena',
  editChoices: 'Změnit volby',
  gpcNotice:
    'Váš prohlížeč nám poslal signál nesouhlasu (Global Privacy Control): respektovali jsme ho a volitelné soubory cookie jsme odmítli. Níže však můžete některé z nich přijmout.',
  necessaryDescription: 'Jsou nezbytné pro fungování webu, mimo jiné uchovávají vaše volby týkající se souborů cookie a nelze je vypnout.',
  analyticsDescription: 'Umožňují nám měřit návštěvnost webu a využívání jeho sekcí, abychom je mohli zlepšovat.',
  socialDescription:
    'Umožňují sdílet obsah, zobrazovat příspěvky ze sociálních sítí (Telegram, videa apod.) a používat sekce pro komentáře.',
  adsDescription: 'Umožňují zobrazovat reklamu odpovídající vašim zájmům a vytvářet profily pro měření její účinnosti.',
};

export default cs;
