import { expect } from '@open-wc/testing';
import { LANGUAGES } from '../../core/config/language.js';
import fr from './fr.js';

describe('the regimes\' notice tables and the UK banner\'s line (issue 21)', () => {
  for (const language of LANGUAGES) {
    it(`${language} has every key of the French table, none empty`, async () => {
      const table: Record<string, string> = (await import(`./${language}.ts`)).default;
      expect(Object.keys(table).sort()).to.deep.equal(Object.keys(fr).sort());
      for (const [key, value] of Object.entries(table)) expect(value.trim(), `${language}.${key}`).to.not.equal('');
    });

    it(`${language} has the UK banner's line, {list} kept`, async () => {
      const table: Record<string, string> = (await import(`../uk/${language}.ts`)).default;
      expect(Object.keys(table)).to.deep.equal(['objectableText']);
      expect(table.objectableText).to.contain('{list}');
    });
  }

  it('the US strings in English exactly as the CCPA texts word them, and the French labels of the issue', async () => {
    const en = (await import('./en.js')).default;
    expect(en.doNotSell).to.equal('Do Not Sell or Share My Personal Information');
    expect(en.gpcHonored).to.equal('Opt-Out Request Honored');
    expect(fr.doNotSell).to.equal('Ne pas vendre ni partager mes informations personnelles');
    expect(fr.noticeOk).to.equal('OK');
  });
});
