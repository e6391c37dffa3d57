import type { LanguageTable } from './fr.js';

const ga: LanguageTable = {
  bannerTitle: 'Do roghanna maidir le fianáin',
  bannerText:
    'Úsáideann an suíomh seo fianáin chun a sheirbhísí a oibriú agus a fheabhsú. Má chliceálann tú ar “Glac le gach fianán”, toilíonn tú le fianáin a stóráil ar do ghléas agus a léamh uaidh chun na gcuspóirí seo a leanas:',
  rejectInfo:
    'Má chliceálann tú ar “Diúltaigh do gach fianán”, ní stórálfar ach fianáin theicniúla atá fíor-riachtanach chun go n-oibreoidh an suíomh.',
  changeInfo: 'Is féidir leat do roghanna a athrú am ar bith faoi “Saincheap”.',
  privacyText: 'Chun tuilleadh eolais a fháil faoi do chearta agus faoin gcaoi a n-úsáidimid fianáin, léigh an',
  privacyLink: 'Beartas Príobháideachais',
  acceptAll: 'Glac le gach fianán',
  rejectAll: 'Diúltaigh do gach fianán',
  customize: 'Saincheap',
  continueWithoutAccepting: 'Lean ar aghaidh gan glacadh leo',
  manageCookies: 'Bainistigh fianáin',
  gateText:
    'Chun an t-ábhar seo a thaispeáint agus tráchtanna a fhágáil, glac le fianáin den chatagóir “{category}”, anseo nó faoi “Saincheap”.',
  gateAccept: 'Glac le fianáin den chatagóir “{category}”',
  gateSettings: 'Saincheap',
  gateTextService: 'Chun an t-ábhar seo a thaispeáint, ceadaigh an tseirbhís “{service}” ({category}), anseo nó faoi “Saincheap”.',
  gateAcceptService: 'Glac le “{service}”',
  showCompanies: 'Féach liosta na gcuideachtaí',
  necessaryTitle: 'Fianáin theicniúla',
  analyticsTitle: 'Tomhas cuairteoirí',
  socialTitle: 'Meáin shóisialta',
  adsTitle: 'Fógraíocht agus próifíliú',
};

export default ga;
