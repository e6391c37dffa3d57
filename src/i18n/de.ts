import type { LanguageTable } from './fr.js';

const de: LanguageTable = {
  bannerTitle: 'Ihre Cookie-Einstellungen',
  bannerText:
    'Diese Website verwendet Cookies, um ihre Dienste bereitzustellen und zu verbessern. Mit einem Klick auf „Alle akzeptieren“ willigen Sie ein, dass zu folgenden Zwecken Cookies auf Ihrem Endgerät gespeichert und ausgelesen werden:',
  rejectInfo:
    'Mit einem Klick auf „Alle ablehnen“ werden nur technische Cookies gespeichert, die für den Betrieb der Website unbedingt erforderlich sind.',
  changeInfo: 'Sie können Ihre Auswahl jederzeit unter „Einstellungen“ ändern.',
  privacyText: 'Weitere Informationen zu Ihren Rechten und zu unserem Umgang mit Cookies finden Sie in unserer',
  privacyLink: 'Datenschutzerklärung',
  acceptAll: 'Alle akzeptieren',
  rejectAll: 'Alle ablehnen',
  customize: 'Einstellungen',
  continueWithoutAccepting: 'Ohne Zustimmung fortfahren',
  manageCookies: 'Cookies verwalten',
  gateText:
    'Um diesen Inhalt anzuzeigen und Kommentare zu hinterlassen, akzeptieren Sie bitte Cookies der Kategorie „{category}“ – hier oder unter „Einstellungen“.',
  gateAccept: 'Akzeptieren Sie Cookies der Kategorie „{category}“',
  gateSettings: 'Einstellungen',
  gateTextService: 'Um diesen Inhalt anzuzeigen, erlauben Sie bitte den Dienst „{service}“ ({category}) – hier oder unter „Einstellungen“.',
  gateAcceptService: '„{service}“ akzeptieren',
  showCompanies: 'Liste der Unternehmen anzeigen',
  necessaryTitle: 'Technische Cookies',
  analyticsTitle: 'Reichweitenmessung',
  socialTitle: 'Soziale Netzwerke',
  adsTitle: 'Werbung und Profilbildung',
};

export default de;
