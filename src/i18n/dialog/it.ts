import type { DialogTable } from './fr.js';

const it: DialogTable = {
  save: 'Salva le mie scelte',
  close: 'Chiudi',
  dialogTitle: 'Personalizza le tue scelte',
  dialogText:
    'La barra colorata indica se l’installazione di cookie e la profilazione sono consentite (verde) o rifiutate (rosso). Puoi modificare le tue scelte in qualsiasi momento.',
  granted: 'Consentito',
  denied: 'Rifiutato',
  alwaysOn: 'Sempre attivo',
  partial: 'Parziale',
  grantedCount: 'Consentiti: {granted} su {total}',
  servicesOne: '{count} servizio',
  servicesOther: '{count} servizi',
  provider: 'Società: {provider}',
  servicePrivacy: 'Informativa sulla privacy di {service}',
  cookiesCaption: 'Cookie e tracker di {service}',
  cookieName: 'Nome',
  cookieDuration: 'Durata',
  cookiePurpose: 'Finalità',
  localStorage: 'archiviazione locale',
  sessionStorage: 'archiviazione di sessione',
  cookieDomain: 'installato da {domain}',
  session: 'sessione',
  persistent: 'fino alla cancellazione',
  noCookies: 'Nessun cookie dichiarato.',
  categoryCookies: 'Cookie: {list}',
  yourChoice: 'La tua scelta: {state}',
  undecided: 'nessuna scelta ancora registrata',
  editChoices: 'Modifica le mie scelte',
  gpcNotice:
    'Il tuo browser ci ha inviato un segnale di rifiuto (Global Privacy Control): lo abbiamo rispettato rifiutando i cookie facoltativi. Puoi comunque accettarne alcuni qui sotto.',
  necessaryDescription:
    'Indispensabili al funzionamento del sito, memorizzano tra l’altro le tue scelte sui cookie e non possono essere disattivati.',
  analyticsDescription: 'Ci permettono di misurare le visite al sito e l’utilizzo delle sue sezioni per migliorarle.',
  socialDescription:
    'Consentono di condividere contenuti, visualizzare i post dei social network (Telegram, video…) e usare gli spazi per i commenti.',
  adsDescription: 'Consentono di mostrarti pubblicità in linea con i tuoi interessi e di creare profili per misurarne l’efficacia.',
};

export default it;
