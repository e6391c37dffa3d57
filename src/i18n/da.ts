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
  continueWithoutAccepting: 'Fortsæt uden at acceptere',
  manageCookies: 'Administrer cookies',
  gateText:
    'For at se dette indhold og skrive kommentarer skal du acceptere cookies i kategorien »{category}«, enten her eller under »Tilpas«.',
  gateAccept: 'Accepter cookies i kategorien »{category}«',
  gateSettings: 'Tilpas',
  gateTextService: 'For at se dette indhold skal du tillade tjenesten »{service}« ({category}), enten her eller under »Tilpas«.',
  gateAcceptService: 'Accepter »{service}«',
  showCompanies: 'Se listen over virksomheder',
  necessaryTitle: 'Tekniske cookies',
  analyticsTitle: 'Besøgsstatistik',
  socialTitle: 'Sociale medier',
  adsTitle: 'Annoncer og profilering',
};

export default da;
