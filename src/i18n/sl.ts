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
  save: 'Shrani izbire',
  close: 'Zapri',
  dialogTitle: 'Prilagodite svoje izbire',
  dialogText:
    'Barvni trak prikazuje, ali sta shranjevanje piškotkov in profiliranje dovoljena (zeleno) ali zavrnjena (rdeče). Svoje izbire lahko kadar koli spremenite.',
  granted: 'Dovoljeno',
  denied: 'Zavrnjeno',
  alwaysOn: 'Vedno vklopljeno',
  continueWithoutAccepting: 'Nadaljuj brez sprejetja',
  manageCookies: 'Upravljanje piškotkov',
  gpcNotice:
    'Vaš brskalnik nam je poslal signal zavrnitve (Global Privacy Control): upoštevali smo ga in zavrnili neobvezne piškotke. Spodaj lahko nekatere od njih kljub temu sprejmete.',
  gateText:
    'Če želite prikazati to vsebino in pisati komentarje, sprejmite piškotke kategorije „{category}“, in sicer tukaj ali v razdelku „Nastavitve“.',
  gateAccept: 'Sprejmi piškotke kategorije „{category}“',
  gateSettings: 'Nastavitve',
  necessaryTitle: 'Tehnični piškotki',
  necessaryDescription:
    'Nujni so za delovanje spletnega mesta, med drugim si zapomnijo vaše izbire glede piškotkov in jih ni mogoče izklopiti.',
  analyticsTitle: 'Merjenje obiskanosti',
  analyticsDescription: 'Omogočajo nam merjenje obiskanosti spletnega mesta in uporabe njegovih razdelkov, da jih lahko izboljšamo.',
  socialTitle: 'Družbena omrežja',
  socialDescription:
    'Omogočajo deljenje vsebin, prikaz objav z družbenih omrežij (Telegram, videoposnetki ipd.) in uporabo razdelkov za komentarje.',
  adsTitle: 'Oglaševanje in profiliranje',
  adsDescription:
    'Omogočajo prikazovanje oglasov, prilagojenih vašim interesom, in ustvarjanje profilov za merjenje njihove učinkovitosti.',
};

export default sl;
