import { ref } from 'vue';
import type { CommissionActionFieldsFragment } from '../../gql/graphql';
import type { BulkResultItem } from '../../shared/components/BulkResults.vue';
import { describeFailure, statusInWords } from '../../shared/failure-sentences';

/** Keeps the per-commission outcome of the last bulk action to show it to the person. */
export function useBulkResults() {
  const last = ref<{ title: string; succeeded: number; failed: number; items: BulkResultItem[] } | null>(null);
  function show(title: string, payload: CommissionActionFieldsFragment, labels: Map<string, string> = new Map()) {
    last.value = {
      title,
      succeeded: payload.succeeded,
      failed: payload.failed,
      items: payload.items.map((item) => {
        const result = item.result;
        const ok = result.__typename === 'Commission';
        return {
          id: item.commissionId,
          label: labels.get(item.commissionId),
          ok,
          message: ok ? `now ${statusInWords(result.status)}` : describeFailure(result),
        };
      }),
    };
  }
  return { last, show, clear: () => (last.value = null) };
}
