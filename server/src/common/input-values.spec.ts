import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { CURRENCY_CODES } from '@partnerbook/shared';
import { EdgeValueError, edgeParam, isUuid, parseCurrencyCode, parseUuid } from './input-values';
import { CurrencyCodeScalar, UUIDScalar } from './scalars';

describe('edge values: one rule for the GraphQL scalars and the export parameters', () => {
  it('takes a UUID in any case and refuses anything else', () => {
    for (const id of ['0b6a4c1e-7c7f-4a4e-9a53-2f1a4f3b9c20', '0B6A4C1E-7C7F-4A4E-9A53-2F1A4F3B9C20']) {
      expect(parseUuid(id)).toBe(id);
      expect(UUIDScalar.parseValue(id)).toBe(id);
    }
    for (const bad of [
      'nope',
      '',
      '{0b6a4c1e-7c7f-4a4e-9a53-2f1a4f3b9c20}',
      '0b6a4c1e-7c7f-4a4e-9a53-2f1a4f3b9c20 ',
      42,
      null,
      ["'; DROP TABLE sale; --"],
    ]) {
      expect(isUuid(bad)).toBe(false);
      expect(() => parseUuid(bad)).toThrow(EdgeValueError);
      expect(() => UUIDScalar.parseValue(bad)).toThrow('expected a UUID');
    }
  });

  it('takes the shared list of ISO 4217 codes, upper case, and nothing else', () => {
    for (const code of CURRENCY_CODES) expect(CurrencyCodeScalar.parseValue(code)).toBe(code);
    for (const bad of ['usd', 'US', 'USDX', 'XXX', 'U\u0000S', '', 840]) {
      expect(() => parseCurrencyCode(bad)).toThrow(EdgeValueError);
      expect(() => CurrencyCodeScalar.parseValue(bad)).toThrow('expected an ISO 4217 currency code');
    }
  });

  it('an export parameter is refused with BAD_USER_INPUT naming it', () => {
    expect(() => edgeParam('partnerIds', 'nope', parseUuid)).toThrow('Parameter "partnerIds" got an invalid value; expected a UUID');
    try {
      edgeParam('currency', 'usd', parseCurrencyCode);
    } catch (error) {
      expect((error as EdgeValueError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currency' });
    }
  });
});
