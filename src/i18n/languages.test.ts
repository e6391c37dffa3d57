import { expect } from '@open-wc/testing';
import { LANGUAGES } from '../core/config/language.js';
import frDialog from './dialog/fr.js';
import frFirstLayer from './fr.js';

/** The duration units a cookie table names; a language gives their plural forms where browsers' Intl lacks them. */
const UNITS = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'];
const unitKey = (unit: string) => `duration${unit[0].toUpperCase()}${unit.slice(1)}`;

/** Both tables of a language together: the first layer's and the dialog's. */
const fr: Record<string, string> = { ...frFirstLayer, ...frDialog };


describe('language tables', () => {
  it('ship the 24 official EU languages', () => {
    expect([...LANGUAGES].sort()).to.deep.equal(
      'bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv'.split(' '),
    );
  });

  for (const language of LANGUAGES) {
    it(`${language} has every key of the French tables, no other, none empty, placeholders kept`, async () => {
      const firstLayer: Record<string, string> = (await import(`./${language}.ts`)).default;
      const dialog: Record<string, string> = (await import(`./dialog/${language}.ts`)).default;
      // Each key in its own table: the first layer's must not need the dialog's file.
      expect(Object.keys(firstLayer).sort()).to.deep.equal(Object.keys(frFirstLayer).sort());
      const ownUnits = UNITS.map(unitKey).filter((key) => key in dialog);
      expect(Object.keys(dialog).filter((key) => !ownUnits.includes(key)).sort()).to.deep.equal(Object.keys(frDialog).sort());
      const table = { ...firstLayer, ...dialog };
      for (const [key, value] of Object.entries(table)) {
        expect(value.trim(), `${language}.${key}`).to.not.equal('');
        expect(value.includes('{category}'), `${language}.${key} keeps {category}`).to.equal(fr[key]?.includes('{category}') ?? false);
      }
      // Texts that quote a button label quote the label as translated.
      expect(table.bannerText, `${language}.bannerText`).to.contain(table.acceptAll);
      expect(table.rejectInfo, `${language}.rejectInfo`).to.contain(table.rejectAll);
    });
  }

  for (const language of LANGUAGES) {
    it(`${language} words every duration unit, by Intl or by its own plural forms (all or none)`, async () => {
      const dialog: Record<string, string> = (await import(`./dialog/${language}.ts`)).default;
      const own = UNITS.filter((unit) => unitKey(unit) in dialog);
      if (own.length) {
        expect(own, `${language}: all seven units or none`).to.deep.equal(UNITS);
        for (const unit of UNITS) {
          const forms = dialog[unitKey(unit)].split('|');
          expect(forms[forms.length - 1], `${language}.${unitKey(unit)} ends with its "other" form`).to.match(/^other:/);
          for (const form of forms) expect(form, `${language}.${unitKey(unit)}`).to.match(/^(zero|one|two|few|many|other):\S*\{n\}\S* \S/);
        }
      } else {
        // Intl names the unit in the language itself, not in a fallback (the browser's own language, English here).
        expect(Intl.NumberFormat.supportedLocalesOf([language]), `Intl knows ${language}`).to.deep.equal([language]);
      }
    });
  }
});
