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
  save: 'Sábháil mo roghanna',
  close: 'Dún',
  dialogTitle: 'Saincheap do roghanna',
  dialogText:
    'Taispeánann an banda daite an bhfuil stóráil fianán agus próifíliú ceadaithe (glas) nó diúltaithe (dearg). Is féidir leat do roghanna a athrú am ar bith.',
  granted: 'Ceadaithe',
  denied: 'Diúltaithe',
  alwaysOn: 'Gníomhach i gcónaí',
  continueWithoutAccepting: 'Lean ar aghaidh gan glacadh leo',
  manageCookies: 'Bainistigh fianáin',
  gpcNotice:
    'Sheol do bhrabhsálaí comhartha diúltaithe chugainn (Global Privacy Control): chloígh muid leis trí dhiúltú d’fhianáin roghnacha. Is féidir leat glacadh le cuid acu thíos fós.',
  gateText:
    'Chun an t-ábhar seo a thaispeáint agus tráchtanna a fhágáil, glac le fianáin den chatagóir “{category}”, anseo nó faoi “Saincheap”.',
  gateAccept: 'Glac le fianáin den chatagóir “{category}”',
  gateSettings: 'Saincheap',
  necessaryTitle: 'Fianáin theicniúla',
  necessaryDescription:
    'Tá siad riachtanach chun go n-oibreoidh an suíomh; sábhálann siad do roghanna fianán, i measc rudaí eile, agus ní féidir iad a mhúchadh.',
  analyticsTitle: 'Tomhas cuairteoirí',
  analyticsDescription: 'Ligeann siad dúinn líon na gcuairteoirí ar an suíomh agus úsáid a rannóg a thomhas, chun iad a fheabhsú.',
  socialTitle: 'Meáin shóisialta',
  socialDescription:
    'Ligeann siad duit ábhar a roinnt, postálacha ó na meáin shóisialta a fheiceáil (Telegram, físeáin…) agus na rannóga tráchtanna a úsáid.',
  adsTitle: 'Fógraíocht agus próifíliú',
  adsDescription:
    'Ligeann siad dúinn fógraí a oireann do do chuid spéiseanna a thaispeáint agus próifílí a chruthú chun a n-éifeachtacht a thomhas.',
};

export default ga;
