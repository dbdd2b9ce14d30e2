import { describe, expect, it, vi } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import { mount } from '@vue/test-utils';
import urql, { Client, fetchExchange, gql, useQuery } from '@urql/vue';
import { usePagedList } from './use-paged-list';

interface Items {
  items: { nodes: { id: string }[]; totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}
interface ItemsVariables {
  filter: string;
  page: { first: number; after: string | null };
}
const ItemsDocument = gql<Items, ItemsVariables>`
  query Items($filter: String!, $page: PageInput!) {
    items(filter: $filter, page: $page) {
      nodes {
        id
      }
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

/** A GraphQL endpoint in the page itself: five items per filter, paged by a numeric cursor. */
function localClient(seen: ItemsVariables[]) {
  return new Client({
    url: 'http://portal.test/graphql',
    exchanges: [fetchExchange],
    preferGetMethod: false,
    fetch: (_url, init) => {
      const { variables } = JSON.parse(init?.body as string) as { variables: ItemsVariables };
      seen.push(variables);
      const start = variables.page.after ? Number(variables.page.after) : 0;
      const ids = [0, 1, 2, 3, 4].map((i) => `${variables.filter}${i}`);
      const nodes = ids.slice(start, start + variables.page.first).map((id) => ({ id }));
      const end = start + nodes.length;
      const items = { nodes, totalCount: ids.length, pageInfo: { hasNextPage: end < ids.length, endCursor: String(end) } };
      return Promise.resolve(new Response(JSON.stringify({ data: { items } }), { headers: { 'content-type': 'application/json' } }));
    },
  });
}

function mountList(seen: ItemsVariables[]) {
  const filter = ref('a');
  let list!: ReturnType<typeof setupList>;
  function setupList() {
    return usePagedList({
      pageSize: 2,
      resetOn: filter,
      query: (page) => useQuery({ query: ItemsDocument, variables: () => ({ filter: filter.value, page: page.value }) }),
      connection: (data) => data.items,
    });
  }
  const Host = defineComponent({
    setup() {
      list = setupList();
      return () => h('div');
    },
  });
  mount(Host, { global: { plugins: [[urql, localClient(seen)]] } });
  return { filter, list };
}

describe('usePagedList', () => {
  it('reads rows and total, pages forward and back, and binds QueryState and PagerBar', async () => {
    const seen: ItemsVariables[] = [];
    const { list } = mountList(seen);
    await vi.waitFor(() => expect(list.rows.value.map((r) => r.id)).toEqual(['a0', 'a1']));
    expect(list.totalCount.value).toBe(5);
    expect(list.queryState.value).toMatchObject({ fetching: false, empty: false, hasData: true });
    expect(list.pagerBar.value).toMatchObject({ pageNumber: 1, hasNextPage: true, totalCount: 5 });

    list.pagerBar.value.onNext();
    await vi.waitFor(() => expect(list.rows.value.map((r) => r.id)).toEqual(['a2', 'a3']));
    expect(list.pagerBar.value.pageNumber).toBe(2);
    expect(seen.at(-1)?.page).toEqual({ first: 2, after: '2' });

    list.pagerBar.value.onPrevious();
    await vi.waitFor(() => expect(list.rows.value.map((r) => r.id)).toEqual(['a0', 'a1']));
    expect(list.pagerBar.value.pageNumber).toBe(1);
  });

  it('goes back to page 1 when the filter changes', async () => {
    const seen: ItemsVariables[] = [];
    const { list, filter } = mountList(seen);
    await vi.waitFor(() => expect(list.rows.value).toHaveLength(2));
    list.nextPage();
    await vi.waitFor(() => expect(list.rows.value.map((r) => r.id)).toEqual(['a2', 'a3']));
    expect(list.pagerBar.value.pageNumber).toBe(2);

    filter.value = 'b';
    await vi.waitFor(() => expect(list.rows.value.map((r) => r.id)).toEqual(['b0', 'b1']));
    expect(list.pagerBar.value.pageNumber).toBe(1);
    expect(seen.at(-1)).toEqual({ filter: 'b', page: { first: 2, after: null } });
  });
});
