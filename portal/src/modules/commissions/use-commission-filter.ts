import { computed, reactive } from 'vue';
import type { CommissionFilter } from '../../gql/graphql';
import { parseAmountInput } from '../../shared/money';

export interface CommissionFilterForm {
  partnerId: string;
  productId: string;
  from: string; // yyyy-mm-dd
  to: string; // yyyy-mm-dd, inclusive
  currency: string;
  minAmount: string; // major units as typed
  maxAmount: string;
  status: string;
}

export function emptyCommissionFilterForm(): CommissionFilterForm {
  return { partnerId: '', productId: '', from: '', to: '', currency: '', minAmount: '', maxAmount: '', status: '' };
}

/**
 * Turns the filter form into the API's CommissionFilter: the picked days go as they are (the API
 * reads them as days of the program's time zone, the "to" day included), typed amounts as integer
 * minor units in the chosen currency.
 */
export function toCommissionFilter(form: CommissionFilterForm): { filter: CommissionFilter; errors: string[] } {
  const filter: CommissionFilter = {};
  const errors: string[] = [];
  if (form.partnerId) filter.partnerId = form.partnerId;
  if (form.productId) filter.productId = form.productId;
  if (form.status) filter.status = form.status as CommissionFilter['status'];
  if (form.from) filter.fromDay = form.from;
  if (form.to) filter.toDay = form.to;
  const currency = form.currency.trim().toUpperCase();
  if (currency) filter.currency = currency;
  for (const [key, text] of [
    ['minAmount', form.minAmount],
    ['maxAmount', form.maxAmount],
  ] as const) {
    if (!text.trim()) continue;
    if (!currency) {
      errors.push('Choose a currency to filter by amount');
      continue;
    }
    const parsed = parseAmountInput(text, currency);
    if (parsed.ok) filter[key] = parsed.money;
    else errors.push(parsed.error);
  }
  return { filter, errors };
}

export function useCommissionFilter(initial: Partial<CommissionFilterForm> = {}) {
  const form = reactive<CommissionFilterForm>({ ...emptyCommissionFilterForm(), ...initial });
  const parsed = computed(() => toCommissionFilter(form));
  return { form, filter: computed(() => parsed.value.filter), errors: computed(() => parsed.value.errors) };
}
