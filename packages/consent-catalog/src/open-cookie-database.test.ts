import { expect } from '@open-wc/testing';
import { parseCsv, readOpenCookieDatabase } from './open-cookie-database.js';

const HEADER =
  'ID,Platform,Category,Cookie / Data Key name,Domain,Description,Retention period,Data Controller,User Privacy & GDPR Rights Portals,Wildcard match';

describe('the one Open Cookie Database reader', () => {
  it('parses quoted fields with commas, doubled quotes and newlines, and CRLF line ends', () => {
    expect(parseCsv('a,"b, c","say ""hi""\nthere"\r\nd,e,f\r\n\r\n')).to.deep.equal([
      ['a', 'b, c', 'say "hi"\nthere'],
      ['d', 'e', 'f'],
    ]);
  });

  it('skips a byte-order mark, so the first column keeps its name', () => {
    const rows = readOpenCookieDatabase(`\ufeff${HEADER}\n1,Google Analytics,Analytics,_ga_, ,Id.,2 years,Google,https://x,1\n2,P,Marketing,,,,,,,0`);
    expect(rows).to.deep.equal([
      { platform: 'Google Analytics', category: 'Analytics', name: '_ga_', domain: '', description: 'Id.', retention: '2 years', controller: 'Google', privacyUrl: 'https://x', wildcard: true },
    ]);
  });

  it('names a missing column', () => {
    expect(() => readOpenCookieDatabase('ID,Platform\n1,x')).to.throw('column "Category" not found');
  });
});
