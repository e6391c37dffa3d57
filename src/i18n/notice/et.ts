import type { NoticeTable } from './fr.js';

const et: NoticeTable = {
  noticeTitle: 'Küpsised sellel saidil',
  noticeText: 'See sait kasutab küpsiseid, et toimida, mõõta külastatavust ja parandada oma teenuseid. Saate oma valikuid igal ajal muuta.',
  optOutText: 'See sait kasutab küpsiseid, et toimida, mõõta külastatavust ja näidata teile reklaame. Saate keelduda oma isikuandmete müümisest või jagamisest ja oma valikuid igal ajal muuta.',
  noticeOk: 'OK',
  doNotSell: 'Ärge müüge ega jagage minu isikuandmeid',
  gpcHonored: 'Loobumistaotlus on täidetud',
  gpcHonoredText: 'Teie brauser saatis Global Privacy Controli signaali: me ei müü ega jaga teie isikuandmeid.',
  noticeClose: 'Sulge',
};

export default et;
