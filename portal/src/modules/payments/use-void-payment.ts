import { ref } from 'vue';
import { useMutation } from '@urql/vue';
import { VoidPaymentDocument, type PaymentFieldsFragment } from '../../gql/graphql';
import { errorMessage, failureText } from '../../shared/errors';

/** The void flow shared by the payments list and a partner's page: pick, give a reason, void. */
export function useVoidPayment(onDone: () => void) {
  const target = ref<PaymentFieldsFragment | null>(null);
  const open = ref(false);
  const error = ref<string | null>(null);
  const mutation = useMutation(VoidPaymentDocument);
  function ask(payment: PaymentFieldsFragment) {
    target.value = payment;
    error.value = null;
    open.value = true;
  }
  async function confirm(reason: string) {
    if (!target.value) return;
    const result = await mutation.executeMutation({ id: target.value.id, reason });
    const payload = result.data?.voidPayment;
    if (!payload) return (error.value = errorMessage(result.error));
    if (payload.__typename !== 'Payment') return (error.value = failureText(payload, 'Not voidable'));
    open.value = false;
    onDone();
  }
  return { target, open, error, busy: mutation.fetching, ask, confirm };
}
