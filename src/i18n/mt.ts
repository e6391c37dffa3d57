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
  continueWithoutAccepting: 'Kompli mingħajr ma taċċetta',
  manageCookies: 'Immaniġġja l-cookies',
  gateText:
    'Biex tara dan il-kontenut u tħalli kummenti, jekk jogħġbok aċċetta l-cookies tal-kategorija “{category}”, hawn jew taħt “Ippersonalizza”.',
  gateAccept: 'Aċċetta l-cookies tal-kategorija “{category}”',
  gateSettings: 'Ippersonalizza',
  gateTextService:
    'Biex tara dan il-kontenut, jekk jogħġbok ippermetti s-servizz “{service}” ({category}), hawn jew taħt “Ippersonalizza”.',
  gateAcceptService: 'Aċċetta “{service}”',
  showCompanies: 'Ara l-lista tal-kumpaniji',
  necessaryTitle: 'Cookies tekniċi',
  analyticsTitle: 'Kejl tal-udjenza',
  socialTitle: 'Midja soċjali',
  adsTitle: 'Reklamar u profilar',
};

export default mt;
