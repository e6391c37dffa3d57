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
  continueWithoutAccepting: 'Folytatás elfogadás nélkül',
  manageCookies: 'Sütik kezelése',
  gateText:
    'A tartalom megjelenítéséhez és hozzászólások írásához fogadja el a következő kategória sütijeit: „{category}”. Ezt itt vagy a „Beállítások” menüpontban teheti meg.',
  gateAccept: 'Elfogadom a következő kategóriát: „{category}”',
  gateSettings: 'Beállítások',
  gateTextService:
    'A tartalom megjelenítéséhez engedélyezze a következő szolgáltatást: „{service}” ({category}). Ezt itt vagy a „Beállítások” menüpontban teheti meg.',
  gateAcceptService: 'Elfogadom: „{service}”',
  showCompanies: 'A cégek listájának megtekintése',
  necessaryTitle: 'Technikai sütik',
  analyticsTitle: 'Látogatottságmérés',
  socialTitle: 'Közösségi média',
  adsTitle: 'Hirdetések és profilalkotás',
};

export default hu;
