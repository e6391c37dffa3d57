import type { DialogTable } from './fr.js';

const ga: DialogTable = {
  save: 'Sábháil mo roghanna',
  close: 'Dún',
  dialogTitle: 'Saincheap do roghanna',
  dialogText:
    'Taispeánann an banda daite an bhfuil stóráil fianán agus próifíliú ceadaithe (glas) nó diúltaithe (dearg). Is féidir leat do roghanna a athrú am ar bith.',
  granted: 'Ceadaithe',
  denied: 'Diúltaithe',
  alwaysOn: 'Gníomhach i gcónaí',
  partial: 'Páirteach',
  grantedCount: 'Ceadaithe: {granted} as {total}',
  servicesOne: '{count} seirbhís',
  servicesOther: 'Seirbhísí: {count}',
  provider: 'Cuideachta: {provider}',
  servicePrivacy: 'Beartas príobháideachais {service}',
  cookiesCaption: 'Fianáin agus teicneolaíochtaí rianaithe {service}',
  cookieName: 'Ainm',
  cookieDuration: 'Tréimhse',
  cookiePurpose: 'Cuspóir',
  localStorage: 'stóráil áitiúil',
  sessionStorage: 'stóráil seisiúin',
  cookieDomain: 'socraithe ag {domain}',
  session: 'seisiún',
  persistent: 'go dtí go scriosfar é',
  // Chromium's Intl has no Irish unit names: the plural forms of CLDR's long duration units (ICU's unit/ga.txt).
  durationYear: 'one:{n} bhliain|two:{n} bhliain|few:{n} bliana|many:{n} mbliana|other:{n} bliain',
  durationMonth: 'one:{n} mhí|two:{n} mhí|few:{n} mhí|many:{n} mí|other:{n} mí',
  durationWeek: 'one:{n} seachtain|two:{n} sheachtain|few:{n} seachtaine|many:{n} seachtaine|other:{n} seachtain',
  durationDay: 'other:{n} lá',
  durationHour: 'one:{n} uair|two:{n} uair|few:{n} huaire|many:{n} n-uaire|other:{n} uair',
  durationMinute: 'other:{n} nóiméad',
  durationSecond: 'one:{n} soicind|two:{n} shoicind|few:{n} shoicind|many:{n} soicind|other:{n} soicind',
  noCookies: 'Níl aon fhianán dearbhaithe.',
  categoryCookies: 'Fianáin: {list}',
  yourChoice: 'Do rogha: {state}',
  undecided: 'níl aon rogha taifeadta fós',
  editChoices: 'Athraigh mo roghanna',
  gpcNotice:
    'Sheol do bhrabhsálaí comhartha diúltaithe chugainn (Global Privacy Control): chloígh muid leis trí dhiúltú d’fhianáin roghnacha. Is féidir leat glacadh le cuid acu thíos fós.',
  necessaryDescription:
    'Tá siad riachtanach chun go n-oibreoidh an suíomh; sábhálann siad do roghanna fianán, i measc rudaí eile, agus ní féidir iad a mhúchadh.',
  analyticsDescription: 'Ligeann siad dúinn líon na gcuairteoirí ar an suíomh agus úsáid a rannóg a thomhas, chun iad a fheabhsú.',
  socialDescription:
    'Ligeann siad duit ábhar a roinnt, postálacha ó na meáin shóisialta a fheiceáil (Telegram, físeáin…) agus na rannóga tráchtanna a úsáid.',
  adsDescription:
    'Ligeann siad dúinn fógraí a oireann do do chuid spéiseanna a thaispeáint agus próifílí a chruthú chun a n-éifeachtacht a thomhas.',
};

export default ga;
