import type { DialogTable } from './fr.js';

const sl: DialogTable = {
  save: 'Shrani izbire',
  close: 'Zapri',
  dialogTitle: 'Prilagodite svoje izbire',
  dialogText:
    'Barvni trak prikazuje, ali sta shranjevanje piškotkov in profiliranje dovoljena (zeleno) ali zavrnjena (rdeče). Svoje izbire lahko kadar koli spremenite.',
  granted: 'Dovoljeno',
  denied: 'Zavrnjeno',
  alwaysOn: 'Vedno vklopljeno',
  gpcNotice:
    'Vaš brskalnik nam je poslal signal zavrnitve (Global Privacy Control): upoštevali smo ga in zavrnili neobvezne piškotke. Spodaj lahko nekatere od njih kljub temu sprejmete.',
  necessaryDescription:
    'Nujni so za delovanje spletnega mesta, med drugim si zapomnijo vaše izbire glede piškotkov in jih ni mogoče izklopiti.',
  analyticsDescription: 'Omogočajo nam merjenje obiskanosti spletnega mesta in uporabe njegovih razdelkov, da jih lahko izboljšamo.',
  socialDescription:
    'Omogočajo deljenje vsebin, prikaz objav z družbenih omrežij (Telegram, videoposnetki ipd.) in uporabo razdelkov za komentarje.',
  adsDescription:
    'Omogočajo prikazovanje oglasov, prilagojenih vašim interesom, in ustvarjanje profilov za merjenje njihove učinkovitosti.',
};

export default sl;
