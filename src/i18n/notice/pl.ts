import type { NoticeTable } from './fr.js';

const pl: NoticeTable = {
  noticeTitle: 'Pliki cookie w tej witrynie',
  noticeText: 'Ta witryna używa plików cookie, aby działać, mierzyć oglądalność i ulepszać swoje usługi. Możesz w każdej chwili zmienić swoje wybory.',
  optOutText: 'Ta witryna używa plików cookie, aby działać, mierzyć oglądalność i wyświetlać Ci reklamy. Możesz sprzeciwić się sprzedaży lub udostępnianiu swoich danych osobowych i w każdej chwili zmienić swoje wybory.',
  noticeOk: 'OK',
  doNotSell: 'Nie sprzedawaj ani nie udostępniaj moich danych osobowych',
  gpcHonored: 'Żądanie sprzeciwu zostało uwzględnione',
  gpcHonoredText: 'Twoja przeglądarka wysłała sygnał Global Privacy Control: nie sprzedajemy ani nie udostępniamy Twoich danych osobowych.',
  noticeClose: 'Zamknij',
};

export default pl;
