import type { NoticeTable } from './fr.js';

const mt: NoticeTable = {
  noticeTitle: 'Cookies fuq dan is-sit',
  noticeText: 'Dan is-sit juża l-cookies biex jaħdem, ikejjel l-udjenza tiegħu u jtejjeb is-servizzi tiegħu. Tista’ tibdel l-għażliet tiegħek fi kwalunkwe ħin.',
  optOutText: 'Dan is-sit juża l-cookies biex jaħdem, ikejjel l-udjenza tiegħu u jurik ir-reklami. Tista’ tirrifjuta l-bejgħ jew il-kondiviżjoni tal-informazzjoni personali tiegħek, u tibdel l-għażliet tiegħek fi kwalunkwe ħin.',
  noticeOk: 'OK',
  doNotSell: 'Tbigħux u taqsmux l-informazzjoni personali tiegħi',
  gpcHonored: 'It-talba ta’ rifjut ġiet rispettata',
  gpcHonoredText: 'Il-browser tiegħek bagħat sinjal Global Privacy Control: ma nbigħux u ma naqsmux l-informazzjoni personali tiegħek.',
  noticeClose: 'Agħlaq',
};

export default mt;
