import type { LanguageTable } from './fr.js';

const lv: LanguageTable = {
  bannerTitle: 'Jūsu izvēle attiecībā uz sīkdatnēm',
  bannerText:
    'Šī vietne izmanto sīkdatnes, lai nodrošinātu un uzlabotu savus pakalpojumus. Noklikšķinot uz „Pieņemt visas“, Jūs piekrītat, ka Jūsu ierīcē tiek saglabātas un no tās nolasītas sīkdatnes šādiem nolūkiem:',
  rejectInfo:
    'Ja noklikšķināsiet uz „Noraidīt visas“, tiks saglabātas tikai tehniskās sīkdatnes, kas ir absolūti nepieciešamas vietnes darbībai.',
  changeInfo: 'Savu izvēli varat jebkurā laikā mainīt sadaļā „Iestatījumi“.',
  privacyText: 'Plašāka informācija par Jūsu tiesībām un to, kā mēs izmantojam sīkdatnes, ir pieejama mūsu',
  privacyLink: 'privātuma politikā',
  acceptAll: 'Pieņemt visas',
  rejectAll: 'Noraidīt visas',
  customize: 'Iestatījumi',
  save: 'Saglabāt izvēli',
  close: 'Aizvērt',
  dialogTitle: 'Pielāgojiet savu izvēli',
  dialogText:
    'Krāsainā josla norāda, vai sīkdatņu saglabāšana un profilēšana ir atļauta (zaļā krāsā) vai noraidīta (sarkanā krāsā). Savu izvēli varat jebkurā laikā mainīt.',
  granted: 'Atļauts',
  denied: 'Noraidīts',
  alwaysOn: 'Vienmēr aktīvs',
  continueWithoutAccepting: 'Turpināt bez piekrišanas',
  manageCookies: 'Pārvaldīt sīkdatnes',
  gpcNotice:
    'Jūsu pārlūkprogramma mums nosūtīja atteikuma signālu (Global Privacy Control): mēs to ievērojām un noraidījām neobligātās sīkdatnes. Jūs joprojām varat pieņemt dažas no tām zemāk.',
  gateText:
    'Lai skatītu šo saturu un rakstītu komentārus, lūdzu, pieņemiet kategorijas „{category}“ sīkdatnes šeit vai sadaļā „Iestatījumi“.',
  gateAccept: 'Pieņemt kategorijas „{category}“ sīkdatnes',
  gateSettings: 'Iestatījumi',
  necessaryTitle: 'Tehniskās sīkdatnes',
  necessaryDescription:
    'Tās ir nepieciešamas vietnes darbībai, cita starpā saglabā Jūsu izvēli attiecībā uz sīkdatnēm, un tās nevar atspējot.',
  analyticsTitle: 'Apmeklējuma mērīšana',
  analyticsDescription: 'Ļauj mums mērīt vietnes apmeklējumu un tās sadaļu izmantošanu, lai tās uzlabotu.',
  socialTitle: 'Sociālie tīkli',
  socialDescription: 'Ļauj kopīgot saturu, skatīt sociālo tīklu ierakstus (Telegram, video u. c.) un izmantot komentāru sadaļas.',
  adsTitle: 'Reklāma un profilēšana',
  adsDescription: 'Ļauj rādīt Jūsu interesēm atbilstošas reklāmas un veidot profilus, lai novērtētu to efektivitāti.',
};

export default lv;
