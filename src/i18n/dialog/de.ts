import type { DialogTable } from './fr.js';

const de: DialogTable = {
  save: 'Auswahl speichern',
  close: 'Schließen',
  dialogTitle: 'Auswahl anpassen',
  dialogText:
    'Der farbige Balken zeigt an, ob das Speichern von Cookies und die Profilbildung erlaubt (grün) oder abgelehnt (rot) sind. Sie können Ihre Auswahl jederzeit ändern.',
  granted: 'Erlaubt',
  denied: 'Abgelehnt',
  alwaysOn: 'Immer aktiv',
  partial: 'Teilweise',
  grantedCount: 'Erlaubt: {granted} von {total}',
  servicesOne: '{count} Dienst',
  servicesOther: '{count} Dienste',
  provider: 'Unternehmen: {provider}',
  servicePrivacy: 'Datenschutzerklärung von {service}',
  cookiesCaption: 'Cookies und Tracker von {service}',
  cookieName: 'Name',
  cookieDuration: 'Speicherdauer',
  cookiePurpose: 'Zweck',
  localStorage: 'lokaler Speicher',
  sessionStorage: 'Sitzungsspeicher',
  cookieDomain: 'gesetzt von {domain}',
  session: 'Sitzung',
  persistent: 'bis zur Löschung',
  noCookies: 'Keine Cookies angegeben.',
  categoryCookies: 'Cookies: {list}',
  yourChoice: 'Ihre Auswahl: {state}',
  undecided: 'noch keine Auswahl gespeichert',
  editChoices: 'Auswahl ändern',
  gpcNotice:
    'Ihr Browser hat uns ein Ablehnungssignal (Global Privacy Control) übermittelt: Wir haben es beachtet und optionale Cookies abgelehnt. Unten können Sie dennoch einzelne Kategorien akzeptieren.',
  necessaryDescription:
    'Sie sind für den Betrieb der Website unerlässlich, speichern unter anderem Ihre Cookie-Auswahl und können nicht deaktiviert werden.',
  analyticsDescription: 'Damit messen wir, wie viele Besucher die Website hat und welche Bereiche genutzt werden, um diese zu verbessern.',
  socialDescription:
    'Sie ermöglichen das Teilen von Inhalten, die Anzeige von Beiträgen aus sozialen Netzwerken (Telegram, Videos …) und die Nutzung der Kommentarbereiche.',
  adsDescription:
    'Sie ermöglichen es, Ihnen auf Ihre Interessen zugeschnittene Werbung anzuzeigen und Profile zu erstellen, um deren Wirksamkeit zu messen.',
};

export default de;
