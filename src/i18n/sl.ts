import type { LanguageTable } from './fr.js';

const sl: LanguageTable = {
  bannerTitle: 'Vaše izbire glede piškotkov',
  bannerText:
    'To spletno mesto uporablja piškotke za delovanje in izboljšanje svojih storitev. S klikom na „Sprejmi vse“ soglašate s shranjevanjem piškotkov v vaši napravi in z njihovim branjem za naslednje namene:',
  rejectInfo: 'S klikom na „Zavrni vse“ se bodo shranili le tehnični piškotki, ki so nujno potrebni za delovanje spletnega mesta.',
  changeInfo: 'Svoje izbire lahko kadar koli spremenite v razdelku „Nastavitve“.',
  privacyText: 'Več o svojih pravicah in o tem, kako uporabljamo piškotke, preberite v našem',
  privacyLink: 'Pravilniku o zasebnosti',
  acceptAll: 'Sprejmi vse',
  rejectAll: 'Zavrni vse',
  customize: 'Nastavitve',
  continueWithoutAccepting: 'Nadaljuj brez sprejetja',
  manageCookies: 'Upravljanje piškotkov',
  gateText:
    'Če želite prikazati to vsebino in pisati komentarje, sprejmite piškotke kategorije „{category}“, in sicer tukaj ali v razdelku „Nastavitve“.',
  gateAccept: 'Sprejmi piškotke kategorije „{category}“',
  gateSettings: 'Nastavitve',
  gateTextService:
    'Če želite prikazati to vsebino, dovolite storitev „{service}“ ({category}), in sicer tukaj ali v razdelku „Nastavitve“.',
  gateAcceptService: 'Dovoli „{service}“',
  showCompanies: 'Prikaži seznam podjetij',
  necessaryTitle: 'Tehnični piškotki',
  analyticsTitle: 'Merjenje obiskanosti',
  socialTitle: 'Družbena omrežja',
  adsTitle: 'Oglaševanje in profiliranje',
};

export default sl;
