import type { NoticeTable } from './fr.js';

const fi: NoticeTable = {
  noticeTitle: 'Evästeet tällä sivustolla',
  noticeText: 'Tämä sivusto käyttää evästeitä toimiakseen, mitatakseen kävijämääriä ja parantaakseen palvelujaan. Voit muuttaa valintojasi milloin tahansa.',
  optOutText: 'Tämä sivusto käyttää evästeitä toimiakseen, mitatakseen kävijämääriä ja näyttääkseen sinulle mainoksia. Voit kieltää henkilötietojesi myynnin tai jakamisen ja muuttaa valintojasi milloin tahansa.',
  noticeOk: 'OK',
  doNotSell: 'Älä myy tai jaa henkilötietojani',
  gpcHonored: 'Kieltopyyntö noudatettu',
  gpcHonoredText: 'Selaimesi lähetti Global Privacy Control -signaalin: emme myy emmekä jaa henkilötietojasi.',
  noticeClose: 'Sulje',
};

export default fi;
