import { expect } from '@open-wc/testing';
import { LANGUAGES } from '../core/config/language.js';
import frDialog from './dialog/fr.js';
import frFirstLayer from './fr.js';

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
      expect(Object.keys(dialog).sort()).to.deep.equal(Object.keys(frDialog).sort());
      const table = { ...firstLayer, ...dialog };
      for (const [key, value] of Object.entries(table)) {
        expect(value.trim(), `${language}.${key}`).to.not.equal('');
        expect(value.includes('{category}'), `${language}.${key} keeps {category}`).to.equal(fr[key].includes('{category}'));
      }
      // Texts that quote a button label quote the label as translated.
      expect(table.bannerText, `${language}.bannerText`).to.contain(table.acceptAll);
      expect(table.rejectInfo, `${language}.rejectInfo`).to.contain(table.rejectAll);
    });
  }
});
