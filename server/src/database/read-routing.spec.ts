import { describe, expect, it } from 'vitest';
import { parse, OperationDefinitionNode } from 'graphql';
import { MerchantRole, ApiKeyScope } from '@partnerbook/shared';
import { actorKey, lsnValue, standbyFailed } from './read-routing';
import { standbyMayServe } from '../http/read-routing-plugin';
import { Actor } from '../common/request-context';

const operation = (source: string) => parse(source).definitions[0] as OperationDefinitionNode;
const partner: Actor = { kind: 'PARTNER', accountId: 'acc-p', programId: 'prog', partnerId: 'p1', label: 'p' };
const merchant: Actor = { kind: 'MERCHANT', accountId: 'acc-m', programId: 'prog', role: MerchantRole.VIEWER, label: 'm' };
const apiKey: Actor = { kind: 'API_KEY', apiKeyId: 'key', programId: 'prog', scope: ApiKeyScope.READ, label: 'k' };

describe('read routing', () => {
  it('orders WAL positions numerically across the 32-bit boundary (not as text)', () => {
    expect(lsnValue('0/16B3748')).toBe(0x16b3748n);
    expect(lsnValue('1/0')).toBeGreaterThan(lsnValue('0/FFFFFFFF'));
    expect(lsnValue('A/10')).toBeGreaterThan(lsnValue('9/FFFFFFF0'));
  });

  it('keys the read-your-writes marker by account or API key, never for the system', () => {
    expect(actorKey(partner)).toBe('account:acc-p');
    expect(actorKey(merchant)).toBe('account:acc-m');
    expect(actorKey(apiKey)).toBe('api-key:key');
    expect(actorKey({ kind: 'SYSTEM', programId: 'prog', label: 'system' })).toBeNull();
  });

  it('lets the standby serve partner queries and the merchant partner list only, never a mutation', () => {
    expect(standbyMayServe(partner, operation('{ myCommissions { totalCount } myPayments { totalCount } }'))).toBe(true);
    expect(
      standbyMayServe(
        partner,
        operation('mutation { changeMyPayoutDetails(input: { paypalEmail: "x@y.z", currentPassword: "p" }) { __typename } }'),
      ),
    ).toBe(false);
    expect(standbyMayServe(merchant, operation('{ partners { totalCount } partner(id: "1") { id } }'))).toBe(true);
    expect(standbyMayServe(apiKey, operation('{ partners { totalCount } }'))).toBe(true);
    expect(standbyMayServe(merchant, operation('{ partners { totalCount } pendingPayments { totalCount } }'))).toBe(false);
    expect(standbyMayServe(merchant, operation('{ ...F } fragment F on Query { partners { totalCount } }'))).toBe(false);
  });

  it('moves a read to the primary when the standby failed it, not when the query was too slow or wrong', () => {
    const driver = (code: string, message = 'x') => ({ driverError: Object.assign(new Error(message), { code }) });
    expect(standbyFailed({ originalError: driver('40001', 'canceling statement due to conflict with recovery') })).toBe(true);
    expect(standbyFailed(driver('25006', 'cannot execute INSERT in a read-only transaction'))).toBe(true);
    expect(standbyFailed(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5433'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(standbyFailed(driver('57P01', 'terminating connection due to administrator command'))).toBe(true);
    expect(standbyFailed(driver('57014', 'canceling statement due to statement timeout'))).toBe(false);
    expect(standbyFailed(driver('22P02', 'invalid input syntax for type uuid'))).toBe(false);
    expect(standbyFailed(new Error('Partner not found'))).toBe(false);
  });
});
