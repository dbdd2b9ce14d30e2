import { computed, ref } from 'vue';

/**
 * Cursor paging over a Connection: remembers the cursors of the pages already seen so
 * "Previous" works without offsets.
 */
export function usePager(pageSize = 25) {
  const cursors = ref<(string | null)[]>([null]);
  const page = computed(() => ({ first: pageSize, after: cursors.value[cursors.value.length - 1] }));
  const pageNumber = computed(() => cursors.value.length);
  function next(endCursor: string | null | undefined) {
    if (endCursor) cursors.value = [...cursors.value, endCursor];
  }
  function previous() {
    if (cursors.value.length > 1) cursors.value = cursors.value.slice(0, -1);
  }
  function reset() {
    cursors.value = [null];
  }
  return { page, pageNumber, pageSize, next, previous, reset };
}
