import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import PrimeVue from 'primevue/config';
import MoneyInput from './MoneyInput.vue';

describe('MoneyInput', () => {
  it('labels both fields and shows why an amount is not valid for the currency', async () => {
    const wrapper = mount(MoneyInput, {
      global: { plugins: [PrimeVue] },
      props: { id: 'x', label: 'Amount', amount: '1.5', currency: 'JPY', currencies: ['JPY', 'USD'] },
    });
    expect(wrapper.get('label[for="x-amount"]').text()).toBe('Amount');
    expect(wrapper.get('label[for="x-currency"]').text()).toBe('Currency');
    expect(wrapper.get('[role="alert"]').text()).toContain('JPY amounts have at most 0 decimals');
    await wrapper.setProps({ currency: 'USD' });
    expect(wrapper.get('[role="alert"]').text()).toBe('');
  });
});
