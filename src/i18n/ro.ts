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
  continueWithoutAccepting: 'Continuă fără a accepta',
  manageCookies: 'Gestionează cookie-urile',
  gateText:
    'Pentru a afișa acest conținut și a lăsa comentarii, acceptați cookie-urile din categoria „{category}”, aici sau din secțiunea „Personalizează”.',
  gateAccept: 'Acceptă cookie-urile din categoria „{category}”',
  gateSettings: 'Personalizează',
  gateTextService: 'Pentru a afișa acest conținut, permiteți serviciul „{service}” ({category}), aici sau din secțiunea „Personalizează”.',
  gateAcceptService: 'Acceptă „{service}”',
  showCompanies: 'Vezi lista companiilor',
  necessaryTitle: 'Cookie-uri tehnice',
  analyticsTitle: 'Măsurarea audienței',
  socialTitle: 'Rețele sociale',
  adsTitle: 'Publicitate și creare de profiluri',
};

export default ro;
