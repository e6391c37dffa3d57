import type { LanguageTable } from './fr.js';

const mt: LanguageTable = {
  bannerTitle: 'L-għażliet tiegħek dwar il-cookies',
  bannerText:
    'Dan is-sit juża l-cookies biex jopera u jtejjeb is-servizzi tiegħu. Billi tikklikkja “Aċċetta kollox”, tagħti l-kunsens tiegħek biex il-cookies jinħażnu fuq l-apparat tiegħek u jinqraw minnu għall-għanijiet li ġejjin:',
  rejectInfo: 'Billi tikklikkja “Irrifjuta kollox”, jinħażnu biss il-cookies tekniċi, li huma strettament meħtieġa biex is-sit jaħdem.',
  changeInfo: 'Tista’ tibdel l-għażliet tiegħek fi kwalunkwe ħin taħt “Ippersonalizza”.',
  privacyText: 'Biex titgħallem aktar dwar id-drittijiet tiegħek u dwar kif nużaw il-cookies, aqra',
  privacyLink: 'il-Politika dwar il-Privatezza tagħna',
  acceptAll: 'Aċċetta kollox',
  rejectAll: 'Irrifjuta kollox',
  customize: 'Ippersonalizza',
  save: 'Aħżen l-għażliet tiegħi',
  close: 'Agħlaq',
  dialogTitle: 'Ippersonalizza l-għażliet tiegħek',
  dialogText:
    'Il-faxxa kkulurita turi jekk il-ħżin tal-cookies u l-profilar humiex permessi (aħdar) jew miċħuda (aħmar). Tista’ tibdel l-għażliet tiegħek fi kwalunkwe ħin.',
  granted: 'Permess',
  denied: 'Miċħud',
  alwaysOn: 'Dejjem attiv',
  continueWithoutAccepting: 'Kompli mingħajr ma taċċetta',
  manageCookies: 'Immaniġġja l-cookies',
  gpcNotice:
    'Il-browser tiegħek bagħtilna sinjal ta’ rifjut (Global Privacy Control): irrispettajnieh billi rrifjutajna l-cookies fakultattivi. Xorta tista’ taċċetta xi wħud minnhom hawn taħt.',
  gateText:
    'Biex tara dan il-kontenut u tħalli kummenti, jekk jogħġbok aċċetta l-cookies tal-kategorija “{category}”, hawn jew taħt “Ippersonalizza”.',
  gateAccept: 'Aċċetta l-cookies tal-kategorija “{category}”',
  gateSettings: 'Ippersonalizza',
  necessaryTitle: 'Cookies tekniċi',
  necessaryDescription:
    'Huma essenzjali biex is-sit jaħdem, fost l-oħrajn jiftakru l-għażliet tiegħek dwar il-cookies, u ma jistgħux jiġu diżattivati.',
  analyticsTitle: 'Kejl tal-udjenza',
  analyticsDescription: 'Jippermettulna nkejlu kemm nies iżuru s-sit u liema taqsimiet jużaw, biex inkunu nistgħu ntejbuhom.',
  socialTitle: 'Midja soċjali',
  socialDescription:
    'Jippermettulek taqsam kontenut, tara pubblikazzjonijiet mill-midja soċjali (Telegram, filmati…) u tuża t-taqsimiet tal-kummenti.',
  adsTitle: 'Reklamar u profilar',
  adsDescription: 'Jippermettulna nuruk reklami adattati għall-interessi tiegħek u noħolqu profili biex inkejlu kemm huma effettivi.',
};

export default mt;
