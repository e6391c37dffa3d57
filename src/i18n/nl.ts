import type { LanguageTable } from './fr.js';

const nl: LanguageTable = {
  bannerTitle: 'Uw cookiekeuzes',
  bannerText:
    'Deze website gebruikt cookies om haar diensten te leveren en te verbeteren. Door op “Alles accepteren” te klikken, geeft u toestemming voor het plaatsen en uitlezen van cookies op uw apparaat voor de volgende doeleinden:',
  rejectInfo:
    'Als u op “Alles weigeren” klikt, worden alleen technische cookies geplaatst die strikt noodzakelijk zijn voor de werking van de website.',
  changeInfo: 'U kunt uw keuzes op elk moment wijzigen via “Instellingen”.',
  privacyText: 'Meer informatie over uw rechten en over hoe wij cookies gebruiken, vindt u in onze',
  privacyLink: 'privacyverklaring',
  acceptAll: 'Alles accepteren',
  rejectAll: 'Alles weigeren',
  customize: 'Instellingen',
  continueWithoutAccepting: 'Doorgaan zonder te accepteren',
  manageCookies: 'Cookies beheren',
  gateText:
    'Om deze inhoud te bekijken en reacties te plaatsen, moet u cookies van de categorie “{category}” accepteren, hier of via “Instellingen”.',
  gateAccept: 'Accepteer cookies van de categorie “{category}”',
  gateSettings: 'Instellingen',
  gateTextService: 'Om deze inhoud te bekijken, moet u de dienst “{service}” ({category}) toestaan, hier of via “Instellingen”.',
  gateAcceptService: '“{service}” accepteren',
  showCompanies: 'Lijst van bedrijven bekijken',
  necessaryTitle: 'Technische cookies',
  analyticsTitle: 'Bezoekersstatistieken',
  socialTitle: 'Sociale media',
  adsTitle: 'Advertenties en profilering',
};

export default nl;
