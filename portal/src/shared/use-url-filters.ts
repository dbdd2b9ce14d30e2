import { computed, reactive, ref, watch, type Ref } from 'vue';
import type { DataTableSortEvent } from 'primevue/datatable';
import { useDebounced } from './use-debounced';
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw } from 'vue-router';

/**
 * A list page's filters and sort kept in the URL's query string, as the all-commissions view and
 * the audit log do: the URL is the source of truth, so a reload, a shared link and Back show the
 * same list. Every value read from the URL is checked against its kind; what does not fit is dropped.
 */
export type UrlFilterKind = 'text' | 'day' | 'id' | 'currency' | readonly string[];

export interface UrlFilterField {
  kind: UrlFilterKind;
  /** The value when the URL says nothing (kept out of the URL). Default ''. */
  default?: string;
}

export type UrlFilterFields<K extends string> = Record<K, UrlFilterField>;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function one(value: LocationQuery[string] | undefined): string {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
}

function validDay(text: string): boolean {
  const match = DAY.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}

/** One value from the URL, checked: '' when it does not fit its kind. */
export function parseUrlValue(kind: UrlFilterKind, raw: string): string {
  if (typeof kind !== 'string') {
    const upper = raw.toUpperCase();
    return kind.includes(upper) ? upper : '';
  }
  switch (kind) {
    case 'day':
      return validDay(raw) ? raw : '';
    case 'id':
      return UUID.test(raw) ? raw.toLowerCase() : '';
    case 'currency':
      return /^[A-Za-z]{3}$/.test(raw) ? raw.toUpperCase() : '';
    default:
      return raw.trim().slice(0, 200);
  }
}

/** The filters' state from a URL query. */
export function filtersFromQuery<K extends string>(fields: UrlFilterFields<K>, query: LocationQuery): Record<K, string> {
  const state = {} as Record<K, string>;
  for (const key of Object.keys(fields) as K[]) {
    const field = fields[key];
    state[key] = parseUrlValue(field.kind, one(query[key])) || (field.default ?? '');
  }
  return state;
}

/** The URL query for a state: only what differs from the defaults, so a plain visit has a plain URL. */
export function queryFromFilters<K extends string>(fields: UrlFilterFields<K>, state: Record<K, string>): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  for (const key of Object.keys(fields) as K[]) {
    const value = typeof fields[key].kind === 'string' && fields[key].kind === 'text' ? state[key].trim() : state[key];
    if (value && value !== (fields[key].default ?? '')) query[key] = typeof fields[key].kind === 'string' ? value : value.toLowerCase();
  }
  return query;
}

/** The filters of a list page, reactive and mirrored in the URL (both ways). */
export function useUrlFilters<K extends string>(fields: UrlFilterFields<K>) {
  const route = useRoute();
  const router = useRouter();
  const state = reactive(filtersFromQuery(fields, route.query)) as Record<K, string>;
  watch(
    () => route.query,
    (query) => {
      const next = filtersFromQuery(fields, query);
      if (JSON.stringify(next) !== JSON.stringify({ ...state })) Object.assign(state, next);
    },
  );
  watch(
    () => ({ ...state }),
    () => {
      const query = queryFromFilters(fields, state);
      if (JSON.stringify(query) !== JSON.stringify(queryFromFilters(fields, filtersFromQuery(fields, route.query)))) {
        void router.replace({ query: { ...otherParams(route.query, fields), ...query } });
      }
    },
  );
  function reset() {
    const defaults = filtersFromQuery(fields, {});
    Object.assign(state, defaults);
  }
  return { state, reset };
}

/** Query parameters the filters do not own (kept as they are). */
function otherParams<K extends string>(query: LocationQuery, fields: UrlFilterFields<K>): LocationQueryRaw {
  return Object.fromEntries(Object.entries(query).filter(([key]) => !(key in fields)));
}

/**
 * A search box over one text filter of the URL state: what is typed reaches the state once the person stops
 * typing (trimmed), and the box follows the state when it changes otherwise (reload, Back, Clear filters).
 */
export function useUrlSearchText<K extends string>(state: Record<K, string>, key: K): Ref<string> {
  const text = ref<string>(state[key]);
  watch(useDebounced(text), (typed: string) => (state[key] = typed.trim()));
  watch(
    () => state[key],
    (value) => {
      if (value !== text.value.trim()) text.value = value;
    },
  );
  return text;
}

export type SortDirectionValue = 'ASC' | 'DESC';

/** The API sort field a table column sorts by, or undefined for a column the API cannot sort. */
export function sortFieldOfColumn<F extends string>(columns: Record<string, F>, column: unknown): F | undefined {
  return typeof column === 'string' && Object.hasOwn(columns, column) ? columns[column] : undefined;
}

/** The table column showing an API sort field, or undefined when none does. */
export function columnOfSortField<F extends string>(columns: Record<string, F>, field: string): string | undefined {
  return Object.entries(columns).find(([, sortField]) => sortField === field)?.[0];
}

/**
 * Sortable columns of a lazy DataTable bound to a sort kept in the URL state: `columns` maps a column's field to
 * the API's sort field. Bind `sortField`, `sortOrder` and `onSort` on the DataTable.
 */
export function useColumnSort<F extends string>(
  columns: Record<string, F>,
  sort: { field: () => string; direction: () => string; set: (field: F, direction: SortDirectionValue) => void },
) {
  const sortField = computed(() => columnOfSortField(columns, sort.field()));
  const sortOrder = computed(() => (sort.direction() === 'ASC' ? 1 : -1));
  function onSort(event: DataTableSortEvent) {
    const field = sortFieldOfColumn(columns, event.sortField);
    if (field) sort.set(field, event.sortOrder === 1 ? 'ASC' : 'DESC');
  }
  return { sortField, sortOrder, onSort };
}
