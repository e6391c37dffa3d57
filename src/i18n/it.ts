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
  continueWithoutAccepting: 'Continua senza accettare',
  manageCookies: 'Gestisci i cookie',
  gateText:
    'Per visualizzare questo contenuto e lasciare commenti, accetta i cookie della categoria «{category}», qui oppure dalla sezione «Personalizza».',
  gateAccept: 'Accetta i cookie della categoria «{category}»',
  gateSettings: 'Personalizza',
  gateTextService:
    'Per visualizzare questo contenuto, consenti il servizio «{service}» ({category}), qui oppure dalla sezione «Personalizza».',
  gateAcceptService: 'Accetta «{service}»',
  showCompanies: 'Vedi l’elenco delle società',
  necessaryTitle: 'Cookie tecnici',
  analyticsTitle: 'Misurazione dell’audience',
  socialTitle: 'Social network',
  adsTitle: 'Pubblicità e profilazione',
};

export default it;
