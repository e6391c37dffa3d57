import type { DialogTable } from './fr.js';

const sk: DialogTable = {
  save: 'Uložiť voľby',
  close: 'Zavrieť',
  dialogTitle: 'Nastavenia súborov cookie',
  dialogText:
    'Farebný pruh ukazuje, či je ukladanie súborov cookie a profilovanie povolené (zelená), alebo odmietnuté (červená). Svoje voľby môžete kedykoľvek zmeniť.',
  granted: 'Povolené',
  denied: 'Odmietnuté',
  alwaysOn: 'Vždy aktívne',
  partial: 'Čiastočne',
  grantedCount: 'Povolené: {granted} z {total}',
  servicesOne: '{count} služba',
  servicesOther: 'Služby: {count}',
  provider: 'Spoločnosť: {provider}',
  servicePrivacy: 'Zásady ochrany osobných údajov služby {service}',
  cookiesCaption: 'Súbory cookie a sledovacie prvky služby {service}',
  cookieName: 'Názov',
  cookieDuration: 'Doba platnosti',
  cookiePurpose: 'Účel',
  localStorage: 'lokálne úložisko',
  sessionStorage: 'úložisko relácie',
  cookieDomain: 'ukladá {domain}',
  session: 'relácia',
  persistent: 'do vymazania',
  noCookies: 'Nie sú uvedené žiadne súbory cookie.',
  categoryCookies: 'Súbory cookie: {list}',
  yourChoice: 'Vaša voľba: {state}',
  undecided: 'voľba zatiaľ nebola uložená',
  editChoices: 'Zmeniť voľby',
  gpcNotice:
    'Váš prehliadač nám poslal signál nesúhlasu (Global Privacy Control): rešpektovali sme ho a voliteľné súbory cookie sme odmietli. Nižšie však môžete niektoré z nich prijať.',
  necessaryDescription:
    'Sú nevyhnutné na fungovanie stránky, okrem iného uchovávajú vaše voľby týkajúce sa súborov cookie a nemožno ich vypnúť.',
  analyticsDescription: 'Umožňujú nám merať návštevnosť stránky a používanie jej sekcií, aby sme ich mohli zlepšovať.',
  socialDescription:
    'Umožňujú zdieľať obsah, zobrazovať príspevky zo sociálnych sietí (Telegram, videá a pod.) a používať sekcie komentárov.',
  adsDescription: 'Umožňujú zobrazovať reklamu prispôsobenú vašim záujmom a vytvárať profily na meranie jej účinnosti.',
};

export default sk;
