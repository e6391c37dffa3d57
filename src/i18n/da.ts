import type { LanguageTable } from './fr.js';

const da: LanguageTable = {
  bannerTitle: 'Dine valg om cookies',
  bannerText:
    'Dette website bruger cookies til at drive og forbedre sine tjenester. Ved at klikke på »Accepter alle« giver du samtykke til, at der lagres og læses cookies på din enhed til følgende formål:',
  rejectInfo: 'Hvis du klikker på »Afvis alle«, lagres der kun tekniske cookies, som er strengt nødvendige for, at websitet kan fungere.',
  changeInfo: 'Du kan til enhver tid ændre dine valg under »Tilpas«.',
  privacyText: 'Læs mere om dine rettigheder og om, hvordan vi bruger cookies, i vores',
  privacyLink: 'privatlivspolitik',
  acceptAll: 'Accepter alle',
  rejectAll: 'Afvis alle',
  customize: 'Tilpas',
  save: 'Gem mine valg',
  close: 'Luk',
  dialogTitle: 'Tilpas dine valg',
  dialogText:
    'Den farvede kant viser, om cookies og profilering er tilladt (grøn) eller afvist (rød). Du kan til enhver tid ændre dine valg.',
  granted: 'Tilladt',
  denied: 'Afvist',
  alwaysOn: 'Altid aktiv',
  continueWithoutAccepting: 'Fortsæt uden at acceptere',
  manageCookies: 'Administrer cookies',
  gpcNotice:
    'Din browser har sendt os et afvisningssignal (Global Privacy Control): vi har respekteret det ved at afvise valgfrie cookies. Du kan stadig acceptere nogle af dem nedenfor.',
  gateText:
    'For at se dette indhold og skrive kommentarer skal du acceptere cookies i kategorien »{category}«, enten her eller under »Tilpas«.',
  gateAccept: 'Accepter cookies i kategorien »{category}«',
  gateSettings: 'Tilpas',
  necessaryTitle: 'Tekniske cookies',
  necessaryDescription: 'De er nødvendige for, at websitet kan fungere, husker blandt andet dine cookievalg og kan ikke slås fra.',
  analyticsTitle: 'Besøgsstatistik',
  analyticsDescription: 'Lader os måle, hvor mange der besøger websitet, og hvilke sektioner de bruger, så vi kan forbedre dem.',
  socialTitle: 'Sociale medier',
  socialDescription: 'Gør det muligt at dele indhold, se opslag fra sociale medier (Telegram, videoer osv.) og bruge kommentarfelterne.',
  adsTitle: 'Annoncer og profilering',
  adsDescription: 'Lader os vise annoncer, der passer til dine interesser, og oprette profiler for at måle, hvor godt de virker.',
};

export default da;
