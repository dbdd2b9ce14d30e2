import { computed, watch, type ComputedRef, type WatchSource } from 'vue';
import type { AnyVariables, UseQueryResponse } from '@urql/vue';
import { usePager } from './use-pager';

/** The part of a GraphQL Connection a list page reads. */
export interface PagedConnection<Node> {
  nodes: readonly Node[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

type NodeOf<C> = C extends PagedConnection<infer Node> ? Node : never;

export type PageVariables = ReturnType<typeof usePager>['page'];

/**
 * One paged list: a cursor pager that goes back to page 1 whenever `resetOn` changes (filters,
 * sort), the query the page runs with the pager's page, its rows and total, and the props of
 * QueryState and PagerBar (listeners included) to bind with v-bind.
 *
 * The page still owns its query: `query` receives the pager's page and calls useQuery.
 */
export function usePagedList<T, V extends AnyVariables, C extends PagedConnection<unknown>>(options: {
  pageSize?: number;
  resetOn?: WatchSource | WatchSource[];
  query: (page: PageVariables) => UseQueryResponse<T, V>;
  connection: (data: T) => C | null | undefined;
}) {
  const pager = usePager(options.pageSize ?? 25);
  if (options.resetOn) watch(options.resetOn, () => pager.reset(), { deep: true });
  const query = options.query(pager.page);
  const connection = computed(() => (query.data.value === undefined ? undefined : (options.connection(query.data.value) ?? undefined)));
  const rows: ComputedRef<readonly NodeOf<C>[]> = computed(() => (connection.value?.nodes ?? []) as readonly NodeOf<C>[]);
  const totalCount = computed(() => connection.value?.totalCount ?? 0);

  function refresh() {
    void query.executeQuery({ requestPolicy: 'network-only' });
  }
  function nextPage() {
    pager.next(connection.value?.pageInfo.endCursor);
  }
  function previousPage() {
    pager.previous();
  }

  /** `<QueryState v-bind="queryState" empty-text="…">` */
  const queryState = computed(() => ({
    fetching: query.fetching.value,
    error: query.error.value,
    empty: rows.value.length === 0,
    hasData: !!connection.value,
    onRetry: refresh,
  }));
  /** `<PagerBar v-bind="pagerBar" />` */
  const pagerBar = computed(() => ({
    pageNumber: pager.pageNumber.value,
    hasNextPage: !!connection.value?.pageInfo.hasNextPage,
    totalCount: totalCount.value,
    onNext: nextPage,
    onPrevious: previousPage,
  }));

  return { pager, query, connection, rows, totalCount, refresh, nextPage, previousPage, queryState, pagerBar };
}
