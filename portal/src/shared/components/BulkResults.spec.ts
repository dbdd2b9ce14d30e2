import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import PrimeVue from 'primevue/config';
import BulkResults from './BulkResults.vue';

describe('BulkResults', () => {
  it('lists which items succeeded and which failed and why', async () => {
    const wrapper = mount(BulkResults, {
      global: { plugins: [PrimeVue] },
      props: {
        title: 'Cancel',
        succeeded: 1,
        failed: 1,
        items: [
          { id: 'a', label: 'order-1', ok: true, message: 'now CANCELLED' },
          { id: 'b', label: 'order-2', ok: false, message: 'INVALID_COMMISSION_STATE: already PAID' },
        ],
      },
    });
    expect(wrapper.text()).toContain('Cancel: 1 succeeded, 1 failed.');
    expect(wrapper.find('[data-testid="result-ok"]').text()).toContain('order-1');
    expect(wrapper.find('[data-testid="result-failed"]').text()).toContain('INVALID_COMMISSION_STATE: already PAID');
    await wrapper.get('button').trigger('click');
    expect(wrapper.emitted('close')).toHaveLength(1);
  });
});
