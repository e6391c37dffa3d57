import type { DialogTable } from './fr.js';

const ro: DialogTable = {
  save: 'Salvează opțiunile',
  close: 'Închide',
  dialogTitle: 'Personalizați-vă opțiunile',
  dialogText:
    'Banda colorată arată dacă stocarea cookie-urilor și crearea de profiluri sunt permise (verde) sau refuzate (roșu). Vă puteți modifica oricând opțiunile.',
  granted: 'Permis',
  denied: 'Refuzat',
  alwaysOn: 'Mereu activ',
  partial: 'Parțial',
  grantedCount: 'Permise: {granted} din {total}',
  servicesOne: '{count} serviciu',
  servicesOther: 'Servicii: {count}',
  provider: 'Companie: {provider}',
  servicePrivacy: 'Politica de confidențialitate pentru {service}',
  cookiesCaption: 'Cookie-uri și tehnologii de urmărire folosite de {service}',
  cookieName: 'Nume',
  cookieDuration: 'Durată',
  cookiePurpose: 'Scop',
  localStorage: 'stocare locală',
  sessionStorage: 'stocare de sesiune',
  cookieDomain: 'plasat de {domain}',
  session: 'sesiune',
  persistent: 'până la ștergere',
  noCookies: 'Niciun cookie declarat.',
  categoryCookies: 'Cookie-uri: {list}',
  yourChoice: 'Opțiunea dumneavoastră: {state}',
  undecided: 'nicio opțiune înregistrată încă',
  editChoices: 'Modifică opțiunile',
  gpcNotice:
    'Browserul dumneavoastră ne-a transmis un semnal de refuz (Global Privacy Control): l-am respectat, refuzând cookie-urile opționale. Puteți totuși accepta unele dintre ele mai jos.',
  necessaryDescription:
    'Indispensabile pentru funcționarea site-ului, acestea rețin, printre altele, opțiunile dumneavoastră privind cookie-urile și nu pot fi dezactivate.',
  analyticsDescription: 'Ne permit să măsurăm traficul site-ului și modul în care sunt folosite secțiunile sale, pentru a le îmbunătăți.',
  socialDescription:
    'Permit distribuirea conținutului, afișarea postărilor de pe rețelele sociale (Telegram, videoclipuri etc.) și folosirea secțiunilor de comentarii.',
  adsDescription: 'Permit afișarea de reclame adaptate intereselor dumneavoastră și crearea de profiluri pentru a le măsura eficiența.',
};

export default ro;
