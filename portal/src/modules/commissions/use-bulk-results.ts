import { ref } from 'vue';
import type { CommissionActionFieldsFragment } from '../../gql/graphql';
import type { BulkResultItem } from '../../shared/components/BulkResults.vue';

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
          message: ok ? `now ${result.status}` : 'message' in result ? `${result.code}: ${result.message}` : 'failed',
        };
      }),
    };
  }
  return { last, show, clear: () => (last.value = null) };
}
