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
  save: 'Auswahl speichern',
  close: 'Schließen',
  dialogTitle: 'Auswahl anpassen',
  dialogText:
    'Der farbige Balken zeigt an, ob das Speichern von Cookies und die Profilbildung erlaubt (grün) oder abgelehnt (rot) sind. Sie können Ihre Auswahl jederzeit ändern.',
  granted: 'Erlaubt',
  denied: 'Abgelehnt',
  alwaysOn: 'Immer aktiv',
  continueWithoutAccepting: 'Ohne Zustimmung fortfahren',
  manageCookies: 'Cookies verwalten',
  gpcNotice:
    'Ihr Browser hat uns ein Ablehnungssignal (Global Privacy Control) übermittelt: Wir haben es beachtet und optionale Cookies abgelehnt. Unten können Sie dennoch einzelne Kategorien akzeptieren.',
  gateText:
    'Um diesen Inhalt anzuzeigen und Kommentare zu hinterlassen, akzeptieren Sie bitte Cookies der Kategorie „{category}“ – hier oder unter „Einstellungen“.',
  gateAccept: 'Akzeptieren Sie Cookies der Kategorie „{category}“',
  gateSettings: 'Einstellungen',
  necessaryTitle: 'Technische Cookies',
  necessaryDescription:
    'Sie sind für den Betrieb der Website unerlässlich, speichern unter anderem Ihre Cookie-Auswahl und können nicht deaktiviert werden.',
  analyticsTitle: 'Reichweitenmessung',
  analyticsDescription: 'Damit messen wir, wie viele Besucher die Website hat und welche Bereiche genutzt werden, um diese zu verbessern.',
  socialTitle: 'Soziale Netzwerke',
  socialDescription:
    'Sie ermöglichen das Teilen von Inhalten, die Anzeige von Beiträgen aus sozialen Netzwerken (Telegram, Videos …) und die Nutzung der Kommentarbereiche.',
  adsTitle: 'Werbung und Profilbildung',
  adsDescription:
    'Sie ermöglichen es, Ihnen auf Ihre Interessen zugeschnittene Werbung anzuzeigen und Profile zu erstellen, um deren Wirksamkeit zu messen.',
};

export default de;
