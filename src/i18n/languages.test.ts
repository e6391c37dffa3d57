import { expect } from '@open-wc/testing';
import { LANGUAGES } from '../core/language.js';
import fr from './fr.js';


describe('language tables', () => {
  it('ship the 24 official EU languages', () => {
    expect([...LANGUAGES].sort()).to.deep.equal(
      'bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv'.split(' '),
    );
  });

  for (const language of LANGUAGES) {
    it(`${language} has every key of the French table, no other, none empty, placeholders kept`, async () => {
      const table: Record<string, string> = (await import(`./${language}.ts`)).default;
      expect(Object.keys(table).sort()).to.deep.equal(Object.keys(fr).sort());
      for (const [key, value] of Object.entries(table)) {
        expect(value.trim(), `${language}.${key}`).to.not.equal('');
        expect(value.includes('{category}'), `${language}.${key} keeps {category}`).to.equal(fr[key as keyof typeof fr].includes('{category}'));
      }
      // Texts that quote a button label quote the label as translated.
      expect(table.bannerText, `${language}.bannerText`).to.contain(table.acceptAll);
      expect(table.rejectInfo, `${language}.rejectInfo`).to.contain(table.rejectAll);
    });
  }
});
