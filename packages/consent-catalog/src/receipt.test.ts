import { expect } from '@open-wc/testing';
import { CATEGORY_ID } from './config/schema.js';
import { RECEIPT_SCHEMA, receiptSchemaJson } from './receipt.js';

describe('the receipt schema, written once in the catalog', () => {
  it('is what docs/consent-receipt.schema.json holds (regenerate it: npm run build:docs -w bandeau-catalog)', async () => {
    const published = await (await fetch('/docs/consent-receipt.schema.json')).text();
    expect(published).to.equal(receiptSchemaJson());
  });

  it('accepts as category and service ids exactly what the config accepts', () => {
    const pattern = new RegExp(RECEIPT_SCHEMA.properties.categories.propertyNames.pattern);
    for (const id of ['necessary', 'Analytics', 'a', 'video-2', 'x_y', 'a'.repeat(40), 'a'.repeat(41), '2fa', '-x', 'é', 'a b', ''])
      expect(pattern.test(id), id).to.equal(CATEGORY_ID.test(id));
  });
});
