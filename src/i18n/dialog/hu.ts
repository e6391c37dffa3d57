import type { DialogTable } from './fr.js';

const hu: DialogTable = {
  save: 'Beállítások mentése',
  close: 'Bezárás',
  dialogTitle: 'Sütibeállítások',
  dialogText:
    'A színes sáv jelzi, hogy a sütik tárolása és a profilalkotás engedélyezett (zöld) vagy elutasított (piros). Döntését bármikor módosíthatja.',
  granted: 'Engedélyezve',
  denied: 'Elutasítva',
  alwaysOn: 'Mindig aktív',
  gpcNotice:
    'Böngészője elutasító jelzést küldött nekünk (Global Privacy Control): ezt tiszteletben tartva elutasítottuk a nem kötelező sütiket. Alább ennek ellenére elfogadhat közülük néhányat.',
  necessaryDescription:
    'A webhely működéséhez nélkülözhetetlenek, többek között az Ön sütikkel kapcsolatos döntéseit is tárolják, és nem kapcsolhatók ki.',
  analyticsDescription: 'Segítségükkel mérjük a webhely látogatottságát és rovatainak használatát, hogy fejleszthessük őket.',
  socialDescription:
    'Lehetővé teszik a tartalmak megosztását, a közösségi médiás bejegyzések (Telegram, videók stb.) megjelenítését és a hozzászólási felületek használatát.',
  adsDescription:
    'Lehetővé teszik az érdeklődési körének megfelelő hirdetések megjelenítését, valamint profilok létrehozását a hirdetések hatékonyságának méréséhez.',
};

export default hu;
