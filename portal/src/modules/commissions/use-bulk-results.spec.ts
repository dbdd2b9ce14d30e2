import { describe, expect, it } from 'vitest';
import { useBulkResults } from './use-bulk-results';

describe('useBulkResults', () => {
  it('reports each commission: the new status, or why not, in words (no code, no raw timestamp)', () => {
    const bulk = useBulkResults();
    bulk.show(
      'Approve',
      {
        succeeded: 1,
        failed: 1,
        items: [
          { commissionId: 'c1', result: { __typename: 'Commission', id: 'c1', status: 'APPROVED' } },
          {
            commissionId: 'c2',
            result: {
              __typename: 'HoldingPeriodActiveError',
              code: 'HOLDING_PERIOD_ACTIVE',
              message: 'held until 2026-12-02T12:00:00.000Z',
              payableAt: '2026-12-02T12:00:00.000Z',
            },
          },
        ],
      },
      new Map([['c1', 'Alice · order-1']]),
    );
    expect(bulk.last.value).toEqual({
      title: 'Approve',
      succeeded: 1,
      failed: 1,
      items: [
        { id: 'c1', label: 'Alice · order-1', ok: true, message: 'now approved' },
        {
          id: 'c2',
          label: undefined,
          ok: false,
          message: expect.stringMatching(/^Still in its holding period: it can be approved from .*2026/),
        },
      ],
    });
  });
});
