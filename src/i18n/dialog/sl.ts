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
  partial: 'Delno',
  grantedCount: 'Dovoljeno: {granted} od {total}',
  servicesOne: '{count} storitev',
  servicesOther: 'Storitve: {count}',
  provider: 'Podjetje: {provider}',
  servicePrivacy: 'Pravilnik o zasebnosti storitve {service}',
  cookiesCaption: 'Piškotki in sledilniki storitve {service}',
  cookieName: 'Ime',
  cookieDuration: 'Trajanje',
  cookiePurpose: 'Namen',
  localStorage: 'lokalna shramba',
  sessionStorage: 'shramba seje',
  cookieDomain: 'nastavi {domain}',
  session: 'seja',
  persistent: 'do izbrisa',
  noCookies: 'Ni navedenih piškotkov.',
  categoryCookies: 'Piškotki: {list}',
  yourChoice: 'Vaša izbira: {state}',
  undecided: 'izbira še ni shranjena',
  editChoices: 'Spremeni izbire',
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
