import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import LoginForm from './LoginForm.vue';

describe('LoginForm', () => {
  it('submits the trimmed email and the password, and shows the error', async () => {
    const wrapper = mount(LoginForm, { props: { busy: false, error: 'Invalid email or password' } });
    await wrapper.get('#login-email').setValue('  ada@acme.test ');
    await wrapper.get('#login-password').setValue('secret pass');
    await wrapper.get('form').trigger('submit');
    expect(wrapper.emitted('submit')).toEqual([[{ email: 'ada@acme.test', password: 'secret pass' }]]);
    expect(wrapper.get('[role="alert"]').text()).toBe('Invalid email or password');
  });
});
