import type { LanguageTable } from './fr.js';

const hu: LanguageTable = {
  bannerTitle: 'Az Ön sütibeállításai',
  bannerText:
    'Ez a webhely sütiket használ szolgáltatásai működtetéséhez és fejlesztéséhez. A „Mindet elfogadom” gombra kattintva hozzájárul ahhoz, hogy az alábbi célokból sütiket tároljunk az eszközén, és kiolvassuk őket:',
  rejectInfo: 'A „Mindet elutasítom” gombra kattintva csak a webhely működéséhez feltétlenül szükséges technikai sütiket tároljuk.',
  changeInfo: 'Döntését bármikor módosíthatja a „Beállítások” menüpontban.',
  privacyText: 'Jogairól és sütikezelési gyakorlatunkról itt tájékozódhat:',
  privacyLink: 'Adatvédelmi tájékoztató',
  acceptAll: 'Mindet elfogadom',
  rejectAll: 'Mindet elutasítom',
  customize: 'Beállítások',
  save: 'Beállítások mentése',
  close: 'Bezárás',
  dialogTitle: 'Sütibeállítások',
  dialogText:
    'A színes sáv jelzi, hogy a sütik tárolása és a profilalkotás engedélyezett (zöld) vagy elutasított (piros). Döntését bármikor módosíthatja.',
  granted: 'Engedélyezve',
  denied: 'Elutasítva',
  alwaysOn: 'Mindig aktív',
  continueWithoutAccepting: 'Folytatás elfogadás nélkül',
  manageCookies: 'Sütik kezelése',
  gpcNotice:
    'Böngészője elutasító jelzést küldött nekünk (Global Privacy Control): ezt tiszteletben tartva elutasítottuk a nem kötelező sütiket. Alább ennek ellenére elfogadhat közülük néhányat.',
  gateText:
    'A tartalom megjelenítéséhez és hozzászólások írásához fogadja el a következő kategória sütijeit: „{category}”. Ezt itt vagy a „Beállítások” menüpontban teheti meg.',
  gateAccept: 'Elfogadom a következő kategóriát: „{category}”',
  gateSettings: 'Beállítások',
  necessaryTitle: 'Technikai sütik',
  necessaryDescription:
    'A webhely működéséhez nélkülözhetetlenek, többek között az Ön sütikkel kapcsolatos döntéseit is tárolják, és nem kapcsolhatók ki.',
  analyticsTitle: 'Látogatottságmérés',
  analyticsDescription: 'Segítségükkel mérjük a webhely látogatottságát és rovatainak használatát, hogy fejleszthessük őket.',
  socialTitle: 'Közösségi média',
  socialDescription:
    'Lehetővé teszik a tartalmak megosztását, a közösségi médiás bejegyzések (Telegram, videók stb.) megjelenítését és a hozzászólási felületek használatát.',
  adsTitle: 'Hirdetések és profilalkotás',
  adsDescription:
    'Lehetővé teszik az érdeklődési körének megfelelő hirdetések megjelenítését, valamint profilok létrehozását a hirdetések hatékonyságának méréséhez.',
};

export default hu;
