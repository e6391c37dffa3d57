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
  continueWithoutAccepting: 'Turpināt bez piekrišanas',
  manageCookies: 'Pārvaldīt sīkdatnes',
  gateText:
    'Lai skatītu šo saturu un rakstītu komentārus, lūdzu, pieņemiet kategorijas „{category}“ sīkdatnes šeit vai sadaļā „Iestatījumi“.',
  gateAccept: 'Pieņemt kategorijas „{category}“ sīkdatnes',
  gateSettings: 'Iestatījumi',
  gateTextService: 'Lai skatītu šo saturu, lūdzu, atļaujiet pakalpojumu „{service}“ ({category}) šeit vai sadaļā „Iestatījumi“.',
  gateAcceptService: 'Atļaut „{service}“',
  showCompanies: 'Skatīt uzņēmumu sarakstu',
  necessaryTitle: 'Tehniskās sīkdatnes',
  analyticsTitle: 'Apmeklējuma mērīšana',
  socialTitle: 'Sociālie tīkli',
  adsTitle: 'Reklāma un profilēšana',
};

export default lv;
