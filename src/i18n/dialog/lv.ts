import type { DialogTable } from './fr.js';

const lv: DialogTable = {
  save: 'Saglabāt izvēli',
  close: 'Aizvērt',
  dialogTitle: 'Pielāgojiet savu izvēli',
  dialogText:
    'Krāsainā josla norāda, vai sīkdatņu saglabāšana un profilēšana ir atļauta (zaļā krāsā) vai noraidīta (sarkanā krāsā). Savu izvēli varat jebkurā laikā mainīt.',
  granted: 'Atļauts',
  denied: 'Noraidīts',
  alwaysOn: 'Vienmēr aktīvs',
  partial: 'Daļēji',
  grantedCount: 'Atļauti: {granted} no {total}',
  servicesOne: '{count} pakalpojums',
  servicesOther: '{count} pakalpojumi',
  provider: 'Uzņēmums: {provider}',
  servicePrivacy: 'Pakalpojuma {service} privātuma politika',
  cookiesCaption: 'Pakalpojuma {service} sīkdatnes un izsekotāji',
  cookieName: 'Nosaukums',
  cookieDuration: 'Glabāšanas ilgums',
  cookiePurpose: 'Nolūks',
  localStorage: 'lokālā krātuve',
  sessionStorage: 'sesijas krātuve',
  cookieDomain: 'saglabā {domain}',
  session: 'sesija',
  persistent: 'līdz dzēšanai',
  noCookies: 'Nav norādītu sīkdatņu.',
  categoryCookies: 'Sīkdatnes: {list}',
  yourChoice: 'Jūsu izvēle: {state}',
  undecided: 'izvēle vēl nav saglabāta',
  editChoices: 'Mainīt izvēli',
  gpcNotice:
    'Jūsu pārlūkprogramma mums nosūtīja atteikuma signālu (Global Privacy Control): mēs to ievērojām un noraidījām neobligātās sīkdatnes. Jūs joprojām varat pieņemt dažas no tām zemāk.',
  necessaryDescription:
    'Tās ir nepieciešamas vietnes darbībai, cita starpā saglabā Jūsu izvēli attiecībā uz sīkdatnēm, un tās nevar atspējot.',
  analyticsDescription: 'Ļauj mums mērīt vietnes apmeklējumu un tās sadaļu izmantošanu, lai tās uzlabotu.',
  socialDescription: 'Ļauj kopīgot saturu, skatīt sociālo tīklu ierakstus (Telegram, video u. c.) un izmantot komentāru sadaļas.',
  adsDescription: 'Ļauj rādīt Jūsu interesēm atbilstošas reklāmas un veidot profilus, lai novērtētu to efektivitāti.',
};

export default lv;
