import type { LanguageTable } from './fr.js';

const it: LanguageTable = {
  bannerTitle: 'Le tue scelte sui cookie',
  bannerText:
    'Questo sito utilizza cookie per fornire e migliorare i propri servizi. Cliccando su «Accetta tutto» acconsenti all’installazione e alla lettura di cookie sul tuo dispositivo per le seguenti finalità:',
  rejectInfo: 'Cliccando su «Rifiuta tutto» verranno installati solo i cookie tecnici, strettamente necessari al funzionamento del sito.',
  changeInfo: 'Puoi modificare le tue scelte in qualsiasi momento dalla sezione «Personalizza».',
  privacyText: 'Per saperne di più sui tuoi diritti e su come utilizziamo i cookie, consulta la nostra',
  privacyLink: 'Informativa sulla privacy',
  acceptAll: 'Accetta tutto',
  rejectAll: 'Rifiuta tutto',
  customize: 'Personalizza',
  save: 'Salva le mie scelte',
  close: 'Chiudi',
  dialogTitle: 'Personalizza le tue scelte',
  dialogText:
    'La barra colorata indica se l’installazione di cookie e la profilazione sono consentite (verde) o rifiutate (rosso). Puoi modificare le tue scelte in qualsiasi momento.',
  granted: 'Consentito',
  denied: 'Rifiutato',
  alwaysOn: 'Sempre attivo',
  continueWithoutAccepting: 'Continua senza accettare',
  manageCookies: 'Gestisci i cookie',
  gpcNotice:
    'Il tuo browser ci ha inviato un segnale di rifiuto (Global Privacy Control): lo abbiamo rispettato rifiutando i cookie facoltativi. Puoi comunque accettarne alcuni qui sotto.',
  gateText:
    'Per visualizzare questo contenuto e lasciare commenti, accetta i cookie della categoria «{category}», qui oppure dalla sezione «Personalizza».',
  gateAccept: 'Accetta i cookie della categoria «{category}»',
  gateSettings: 'Personalizza',
  necessaryTitle: 'Cookie tecnici',
  necessaryDescription:
    'Indispensabili al funzionamento del sito, memorizzano tra l’altro le tue scelte sui cookie e non possono essere disattivati.',
  analyticsTitle: 'Misurazione dell’audience',
  analyticsDescription: 'Ci permettono di misurare le visite al sito e l’utilizzo delle sue sezioni per migliorarle.',
  socialTitle: 'Social network',
  socialDescription:
    'Consentono di condividere contenuti, visualizzare i post dei social network (Telegram, video…) e usare gli spazi per i commenti.',
  adsTitle: 'Pubblicità e profilazione',
  adsDescription: 'Consentono di mostrarti pubblicità in linea con i tuoi interessi e di creare profili per misurarne l’efficacia.',
};

export default it;
