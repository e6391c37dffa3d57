import type { LanguageTable } from './fr.js';

const ro: LanguageTable = {
  bannerTitle: 'Opțiunile dumneavoastră privind cookie-urile',
  bannerText:
    'Acest site folosește cookie-uri pentru a funcționa și a-și îmbunătăți serviciile. Făcând clic pe „Acceptă toate”, vă exprimați acordul pentru stocarea și citirea cookie-urilor pe dispozitivul dumneavoastră în următoarele scopuri:',
  rejectInfo:
    'Dacă faceți clic pe „Respinge toate”, vor fi stocate doar cookie-urile tehnice, strict necesare pentru funcționarea site-ului.',
  changeInfo: 'Vă puteți modifica oricând opțiunile din secțiunea „Personalizează”.',
  privacyText: 'Pentru a afla mai multe despre drepturile dumneavoastră și despre modul în care folosim cookie-urile, consultați',
  privacyLink: 'Politica noastră de confidențialitate',
  acceptAll: 'Acceptă toate',
  rejectAll: 'Respinge toate',
  customize: 'Personalizează',
  save: 'Salvează opțiunile',
  close: 'Închide',
  dialogTitle: 'Personalizați-vă opțiunile',
  dialogText:
    'Banda colorată arată dacă stocarea cookie-urilor și crearea de profiluri sunt permise (verde) sau refuzate (roșu). Vă puteți modifica oricând opțiunile.',
  granted: 'Permis',
  denied: 'Refuzat',
  alwaysOn: 'Mereu activ',
  continueWithoutAccepting: 'Continuă fără a accepta',
  manageCookies: 'Gestionează cookie-urile',
  gpcNotice:
    'Browserul dumneavoastră ne-a transmis un semnal de refuz (Global Privacy Control): l-am respectat, refuzând cookie-urile opționale. Puteți totuși accepta unele dintre ele mai jos.',
  gateText:
    'Pentru a afișa acest conținut și a lăsa comentarii, acceptați cookie-urile din categoria „{category}”, aici sau din secțiunea „Personalizează”.',
  gateAccept: 'Acceptă cookie-urile din categoria „{category}”',
  gateSettings: 'Personalizează',
  necessaryTitle: 'Cookie-uri tehnice',
  necessaryDescription:
    'Indispensabile pentru funcționarea site-ului, acestea rețin, printre altele, opțiunile dumneavoastră privind cookie-urile și nu pot fi dezactivate.',
  analyticsTitle: 'Măsurarea audienței',
  analyticsDescription: 'Ne permit să măsurăm traficul site-ului și modul în care sunt folosite secțiunile sale, pentru a le îmbunătăți.',
  socialTitle: 'Rețele sociale',
  socialDescription:
    'Permit distribuirea conținutului, afișarea postărilor de pe rețelele sociale (Telegram, videoclipuri etc.) și folosirea secțiunilor de comentarii.',
  adsTitle: 'Publicitate și creare de profiluri',
  adsDescription: 'Permit afișarea de reclame adaptate intereselor dumneavoastră și crearea de profiluri pentru a le măsura eficiența.',
};

export default ro;
