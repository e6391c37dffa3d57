import type { DialogTable } from './fr.js';

const mt: DialogTable = {
  save: 'Aħżen l-għażliet tiegħi',
  close: 'Agħlaq',
  dialogTitle: 'Ippersonalizza l-għażliet tiegħek',
  dialogText:
    'Il-faxxa kkulurita turi jekk il-ħżin tal-cookies u l-profilar humiex permessi (aħdar) jew miċħuda (aħmar). Tista’ tibdel l-għażliet tiegħek fi kwalunkwe ħin.',
  granted: 'Permess',
  denied: 'Miċħud',
  alwaysOn: 'Dejjem attiv',
  partial: 'Parzjali',
  grantedCount: 'Permessi: {granted} minn {total}',
  servicesOne: '{count} servizz',
  servicesOther: 'Servizzi: {count}',
  provider: 'Kumpanija: {provider}',
  servicePrivacy: 'Politika dwar il-Privatezza ta’ {service}',
  cookiesCaption: 'Cookies u teknoloġiji ta’ traċċar ta’ {service}',
  cookieName: 'Isem',
  cookieDuration: 'Tul ta’ żmien',
  cookiePurpose: 'Għan',
  localStorage: 'ħżin lokali',
  sessionStorage: 'ħżin tas-sessjoni',
  cookieDomain: 'stabbilit minn {domain}',
  session: 'sessjoni',
  persistent: 'sakemm titħassar',
  // Chromium's Intl has no Maltese unit names, nor has CLDR: our plural forms (with 11-19, the numeral takes -il).
  durationYear: 'one:{n} sena|two:{n} snin|few:{n} snin|many:{n}-il sena|other:{n} sena',
  durationMonth: 'one:{n} xahar|two:{n} xhur|few:{n} xhur|many:{n}-il xahar|other:{n} xahar',
  durationWeek: 'one:{n} ġimgħa|two:{n} ġimgħat|few:{n} ġimgħat|many:{n}-il ġimgħa|other:{n} ġimgħa',
  durationDay: 'one:{n} jum|two:{n} jiem|few:{n} jiem|many:{n}-il jum|other:{n} jum',
  durationHour: 'one:{n} siegħa|two:{n} sigħat|few:{n} sigħat|many:{n}-il siegħa|other:{n} siegħa',
  durationMinute: 'one:{n} minuta|two:{n} minuti|few:{n} minuti|many:{n}-il minuta|other:{n} minuta',
  durationSecond: 'one:{n} sekonda|two:{n} sekondi|few:{n} sekondi|many:{n}-il sekonda|other:{n} sekonda',
  noCookies: 'Ma ġew iddikjarati l-ebda cookies.',
  categoryCookies: 'Cookies: {list}',
  yourChoice: 'L-għażla tiegħek: {state}',
  undecided: 'l-ebda għażla għadha ma ġiet irreġistrata',
  editChoices: 'Ibdel l-għażliet tiegħi',
  gpcNotice:
    'Il-browser tiegħek bagħtilna sinjal ta’ rifjut (Global Privacy Control): irrispettajnieh billi rrifjutajna l-cookies fakultattivi. Xorta tista’ taċċetta xi wħud minnhom hawn taħt.',
  necessaryDescription:
    'Huma essenzjali biex is-sit jaħdem, fost l-oħrajn jiftakru l-għażliet tiegħek dwar il-cookies, u ma jistgħux jiġu diżattivati.',
  analyticsDescription: 'Jippermettulna nkejlu kemm nies iżuru s-sit u liema taqsimiet jużaw, biex inkunu nistgħu ntejbuhom.',
  socialDescription:
    'Jippermettulek taqsam kontenut, tara pubblikazzjonijiet mill-midja soċjali (Telegram, filmati…) u tuża t-taqsimiet tal-kummenti.',
  adsDescription: 'Jippermettulna nuruk reklami adattati għall-interessi tiegħek u noħolqu profili biex inkejlu kemm huma effettivi.',
};

export default mt;
