import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import PrimeVue from 'primevue/config';
import urql, { Client } from '@urql/vue';
import ProductDialog from './ProductDialog.vue';

// The dialog is teleported to <body>: query the document.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the element type, as with querySelector<T>
const $ = <T extends Element>(selector: string) => document.body.querySelector<T>(selector)!;
async function type(selector: string, value: string) {
  const input = $<HTMLInputElement>(selector);
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await flushPromises();
}

describe('ProductDialog', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  function open(product: any = null) {
    return mount(ProductDialog, {
      attachTo: document.body,
      // MoneyInput asks the program's currencies itself; no exchange answers here (the list stays empty).
      global: { plugins: [PrimeVue, [urql, new Client({ url: '/graphql', exchanges: [] })]] },
      props: { product, defaultCurrency: 'USD', busy: false, error: null, visible: true },
    });
  }

  it('sends a typed percentage as integer basis points', async () => {
    const wrapper = open();
    await flushPromises();
    await type('#product-sku', 'BAG');
    await type('#product-name', 'Bag');
    await type('#product-percent', '12.5');
    $<HTMLFormElement>('form').dispatchEvent(new Event('submit'));
    await flushPromises();
    expect(wrapper.emitted('submit')?.[0]?.[0]).toEqual({
      sku: 'BAG',
      name: 'Bag',
      commissionable: true,
      rule: { type: 'PERCENT', rateBps: 1250 },
      attribution: null,
    });
  });

  it('sends a flat amount in minor units, and refuses a bad rate', async () => {
    const wrapper = open();
    await flushPromises();
    await type('#product-sku', 'KIT');
    await type('#product-name', 'Kit');
    await type('#product-percent', '12.345');
    expect($('#product-rule-error').textContent).toContain('two decimals');
    const select = $<HTMLSelectElement>('#product-rule-type');
    select.value = 'FLAT';
    select.dispatchEvent(new Event('change'));
    await flushPromises();
    await type('#product-flat-amount', '7.25');
    $<HTMLFormElement>('form').dispatchEvent(new Event('submit'));
    await flushPromises();
    expect(wrapper.emitted('submit')?.[0]?.[0]).toMatchObject({
      sku: 'KIT',
      rule: { type: 'FLAT', flatAmount: { amount: 725, currency: 'USD' } },
    });
  });

  it('loads an existing product with its rate shown as a percentage', async () => {
    open({
      id: 'p1',
      sku: 'PACK',
      name: 'Pack',
      commissionable: true,
      attribution: 'BOTH',
      createdAt: '',
      rule: { type: 'PERCENT', rateBps: 1250, flatAmount: null },
    });
    await flushPromises();
    expect($<HTMLInputElement>('#product-percent').value).toBe('12.5');
    expect($<HTMLInputElement>('#product-sku').disabled).toBe(true);
    expect($<HTMLSelectElement>('#product-attribution').value).toBe('BOTH');
  });
});
