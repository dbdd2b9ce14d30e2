import { describe, expect, it } from 'vitest';
import { mount, RouterLinkStub } from '@vue/test-utils';
import PrimeVue from 'primevue/config';
import CommissionTable from './CommissionTable.vue';
import type { CommissionFieldsFragment } from '../../../gql/graphql';

function commission(id: string, amount: number, extra: Partial<CommissionFieldsFragment> = {}): CommissionFieldsFragment {
  return {
    id,
    kind: 'SALE',
    status: 'PENDING',
    amount: { amount, currency: 'EUR' },
    originalAmount: { amount, currency: 'EUR' },
    description: null,
    cancelReason: null,
    createdAt: '2026-01-02T00:00:00Z',
    approvedAt: null,
    paidAt: null,
    cancelledAt: null,
    payableAt: '2026-01-16T00:00:00Z',
    paymentId: null,
    saleId: 's1',
    partnerId: 'p1',
    partner: { id: 'p1', name: 'Alice', partnerKey: 'alice' },
    sale: {
      id: 's1',
      externalId: `order-${id}`,
      amount: { amount: 1, currency: 'EUR' },
      occurredAt: '2026-01-02T00:00:00Z',
      product: { id: 'pr', sku: 'T', name: 'Tent' },
    },
    ...extra,
  };
}

describe('CommissionTable', () => {
  const global = { plugins: [PrimeVue], stubs: { RouterLink: RouterLinkStub } };

  it('shows money in the currency format and a labelled checkbox per row that emits toggles', async () => {
    const wrapper = mount(CommissionTable, {
      global,
      props: {
        rows: [commission('1', 123456), commission('2', -500, { kind: 'CLAWBACK' })],
        selectable: true,
        selectedIds: ['2'],
        caption: 'Pending',
      },
    });
    const amounts = wrapper.findAll('[data-testid="commission-amount"]').map((w) => w.text());
    expect(amounts).toEqual(['€1,234.56', '-€5.00']);
    const boxes = wrapper.findAll<HTMLInputElement>('[data-testid="row-checkbox"]');
    expect(boxes.map((b) => b.attributes('aria-label'))).toEqual([
      'Select commission order-1 of Alice',
      'Select commission order-2 of Alice',
    ]);
    expect(boxes[1].element.checked).toBe(true);
    boxes[0].element.checked = true;
    await boxes[0].trigger('change');
    expect(wrapper.emitted('toggle')).toEqual([['1', true]]);
  });

  it('checks and locks every row when all matching are selected; no checkboxes when not selectable', () => {
    const all = mount(CommissionTable, {
      global,
      props: { rows: [commission('1', 1)], selectable: true, allMatching: true, caption: 'x' },
    });
    const box = all.get<HTMLInputElement>('[data-testid="row-checkbox"]').element;
    expect(box.checked && box.disabled).toBe(true);
    const readOnly = mount(CommissionTable, { global, props: { rows: [commission('1', 1)], caption: 'x' } });
    expect(readOnly.find('[data-testid="row-checkbox"]').exists()).toBe(false);
  });
});
