import { describe, expect, it } from 'vitest';
import { auditRows, formattedChanges, type AuditEntryView } from './use-audit-sentences';

const base: AuditEntryView = {
  id: '1',
  action: 'commission.approve',
  entityType: 'Commission',
  entityId: 'c1',
  actorKind: 'MERCHANT',
  actorName: 'Ann Admin',
  changes: {},
  createdAt: '2026-05-01T10:00:00.000Z',
  subject: { partnerId: 'p1', partnerName: 'Alice', saleId: 's1', orderId: '1042' },
};

const text = (row: { parts: { text: string }[] }) => row.parts.map((p) => p.text).join('');

describe('audit sentences', () => {
  it('groups what one action wrote together: "Ann Admin approved 3 commissions"', () => {
    const rows = auditRows([base, { ...base, id: '2', entityId: 'c2' }, { ...base, id: '3', entityId: 'c3' }]);
    expect(rows).toHaveLength(1);
    expect(text(rows[0])).toBe('Ann Admin approved 3 commissions');
    expect(rows[0].entries).toHaveLength(3);
  });

  it('names one commission by its partner and order, both linked', () => {
    const [row] = auditRows([base]);
    expect(text(row)).toBe('Ann Admin approved the commission of Alice on sale 1042');
    expect(row.parts.filter((p) => p.to).map((p) => p.to)).toEqual(['/merchant/partners/p1', '/merchant/sales/s1']);
  });

  it('says which API key recorded a sale, with the amount formatted from minor units', () => {
    const [row] = auditRows([
      {
        ...base,
        action: 'sale.record',
        entityType: 'Sale',
        actorKind: 'API_KEY',
        actorName: 'billing',
        changes: { externalId: '1042', amount: { amount: 12345, currency: 'USD' } },
        subject: { saleId: 's1', orderId: '1042' },
      },
    ]);
    expect(text(row)).toBe('API key ‘billing’ recorded sale 1042 of $123.45');
  });

  it('keeps different moments, actors or actions apart', () => {
    const rows = auditRows([base, { ...base, id: '2', createdAt: '2026-05-01T10:00:01.000Z' }, { ...base, id: '3', actorName: 'Bob' }]);
    expect(rows).toHaveLength(3);
  });

  it('falls back to a readable sentence for an action it does not know', () => {
    const [row] = auditRows([{ ...base, action: 'thing.doIt', entityType: 'WebhookEndpoint', actorKind: 'SYSTEM' }]);
    expect(text(row)).toBe('The system did “thing doIt” on a webhook endpoint');
  });

  it('formats amounts in the details', () => {
    expect(formattedChanges({ amount: { amount: 500, currency: 'EUR' } })).toContain('€5.00');
  });
});
