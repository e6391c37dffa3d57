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
  partial: 'Részben engedélyezve',
  grantedCount: 'Engedélyezve: {granted}/{total}',
  servicesOne: '{count} szolgáltatás',
  servicesOther: '{count} szolgáltatás',
  provider: 'Cég: {provider}',
  servicePrivacy: '{service}: adatvédelmi tájékoztató',
  cookiesCaption: '{service}: sütik és nyomkövetők',
  cookieName: 'Név',
  cookieDuration: 'Időtartam',
  cookiePurpose: 'Cél',
  localStorage: 'helyi tároló',
  sessionStorage: 'munkamenet-tároló',
  cookieDomain: 'elhelyezi: {domain}',
  session: 'munkamenet',
  persistent: 'törlésig',
  noCookies: 'Nincs megadott süti.',
  categoryCookies: 'Sütik: {list}',
  yourChoice: 'Az Ön döntése: {state}',
  undecided: 'még nincs mentett döntés',
  editChoices: 'Döntéseim módosítása',
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
