import { computed, ref } from 'vue';

/**
 * Selection of list rows: some rows by id (one, or a whole page), or every row matching the
 * current filter ("all matching"), which is sent to the API as the filter itself.
 */
export function useSelection<Filter>() {
  const ids = ref<string[]>([]);
  const allMatching = ref(false);

  const isEmpty = computed(() => !allMatching.value && ids.value.length === 0);

  function toggle(id: string, on: boolean) {
    allMatching.value = false;
    ids.value = on ? [...new Set([...ids.value, id])] : ids.value.filter((x) => x !== id);
  }
  function selectPage(pageIds: string[]) {
    allMatching.value = false;
    ids.value = [...new Set([...ids.value, ...pageIds])];
  }
  function selectAllMatching() {
    ids.value = [];
    allMatching.value = true;
  }
  function clear() {
    ids.value = [];
    allMatching.value = false;
  }
  function describe(totalCount: number): string {
    if (allMatching.value) return `All ${totalCount} matching`;
    return `${ids.value.length} selected`;
  }
  function count(totalCount: number): number {
    return allMatching.value ? totalCount : ids.value.length;
  }
  /** The API's selection input: explicit ids, or the filter for "all matching". */
  function toInput(filter: Filter): { ids: string[] } | { filter: Filter } {
    return allMatching.value ? { filter } : { ids: [...ids.value] };
  }
  return { ids, allMatching, isEmpty, toggle, selectPage, selectAllMatching, clear, describe, count, toInput };
}
