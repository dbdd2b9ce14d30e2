import {
  ASTVisitor,
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLError,
  GraphQLField,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
  isObjectType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';
import { ErrorCode } from '@partnerbook/shared';
import { OverviewBucket, resolveRange } from '../overview/overview-rules';

/** A third of a signed-in caller's default budget a minute. */
export const MAX_QUERY_COMPLEXITY = 10_000;
export const MAX_QUERY_DEPTH = 10;
/** GraphQL Armor's default: an operation may alias at most 15 fields in all, through its fragments. */
export const MAX_ALIASES = 15;
/** Fragments spread inside fragments at most this deep (a long chain would exhaust the stack of later phases). */
export const MAX_FRAGMENT_NESTING = 10;
/** Bounds every recursive walk of a document (fragment chains, nesting) well below the stack's limit. */
/** The largest request body accepted (JSON). */
export const MAX_BODY = '1mb';

export const MAX_DOCUMENT_TOKENS = 20_000;
/** Page size a paged list is assumed to return when the request does not say (PageInput's default). */
const DEFAULT_PAGE_SIZE = 25;

/**
 * What a field costs. A scalar or a plain object field is 1; a field computed by a resolver is
 * 10 (it runs SQL for each parent object) unless it is batched or computed in memory (listed
 * below: 2); a root field is 25 (query) or 50 (mutation), and root fields that aggregate or
 * change many rows cost what is listed below. A paged list multiplies its children by the page
 * size (25 when not given). A new resolver is assumed to reach the database until listed here.
 */
export const FIELD_COSTS = {
  plain: 1,
  batched: 2,
  resolved: 25,
  query: 25,
  mutation: 50,
} as const;

/** Field resolvers served by a per-request DataLoader (one query for all parents) or computed from the parent alone. */
const BATCHED_FIELDS = new Set([
  'Commission.partner',
  'Commission.sale',
  'Commission.payment',
  'Sale.product',
  'Sale.customer',
  'Sale.commissions',
  'Sale.refunds',
  'Refund.commissions',
  'Refund.clawbacks',
  'Commission.product',
  'Commission.saleDate',
  'Viewer.balances',
  'Customer.firstReferrer',
  'Customer.lastReferrer',
  'Partner.stats',
  'Payment.partner',
  'Payment.createdBy',
  'Payment.voidedBy',
  'Payment.idempotencyKey',
  'PendingPayment.partner',
  'EmailMessage.lastError',
]);

const HEAVY_ROOT_FIELDS: Record<string, number> = {
  'Query.pendingPayments': 250,
  'Query.paypalPayoutPlan': 250,
  'Query.needsAttention': 250,
  'Mutation.recordSales': 250,
  'Mutation.approveCommissions': 250,
  'Mutation.cancelCommissions': 250,
  'Mutation.reinstateCommissions': 250,
  'Mutation.payPartners': 500,
  'Mutation.emailCommissionPartners': 250,
  'Mutation.emailPartners': 250,
  'Mutation.emailPendingPaymentPartners': 250,
};

/**
 * Overviews aggregate every commission and payment in their range: they cost by the days they
 * cover (an invalid range is refused by the resolver; it costs the base).
 */
const RANGED_ROOT_FIELDS: Record<string, { base: number; perDay: number }> = {
  'Query.programOverview': { base: 250, perDay: 0.5 },
  'Query.myOverview': { base: 25, perDay: 0.1 },
};

function rangedCost(field: { base: number; perDay: number }, args: Record<string, unknown> | undefined, now: Date): number {
  const input = args?.input as { from?: Date | null; to?: Date | null; bucket?: OverviewBucket } | undefined;
  if (!input?.bucket) return field.base;
  const range = resolveRange({ from: input.from, to: input.to, bucket: input.bucket }, now);
  if (!range.ok) return field.base;
  return field.base + Math.ceil(((range.to.getTime() - range.from.getTime()) / 86_400_000) * field.perDay);
}

export class QueryTooComplexError extends GraphQLError {
  constructor(complexity: number, limit: number) {
    super(`The query is too complex: ${complexity} exceeds the limit of ${limit}`, {
      extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, complexity, limit, http: { status: 400 } },
    });
  }
}

/** "Type.field" of every field that type-graphql resolves with a @FieldResolver method. */
function resolvedFieldsOf(schema: GraphQLSchema): Set<string> {
  const storage = getMetadataStorage();
  const names = new Set<string>();
  for (const resolver of storage.fieldResolvers) {
    // "internal" ones are getters and methods of the object type itself: computed from the parent.
    if (resolver.kind === 'internal') continue;
    const target = resolver.getObjectType?.();
    const objectType =
      storage.objectTypes.find((type) => type.target === target) ?? storage.interfaceTypes.find((type) => type.target === target);
    if (objectType) names.add(`${objectType.name}.${resolver.schemaName}`);
  }
  for (const name of [...names]) {
    const [typeName, fieldName] = name.split('.');
    const type = schema.getType(typeName);
    if (!isObjectType(type) || !type.getFields()[fieldName]) names.delete(name);
  }
  return names;
}

/**
 * Fields whose every call may run SQL of its own: root fields and per-parent resolvers (not the
 * batched ones). They run in the request's slots (resolver-slots.ts). A loader-backed resolver
 * missing from BATCHED_FIELDS would run its loads a few at a time: list it there.
 */
export function databaseFieldsOf(schema: GraphQLSchema): Set<string> {
  const fields = new Set([...resolvedFieldsOf(schema)].filter((name) => !BATCHED_FIELDS.has(name)));
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    for (const name of Object.keys(root?.getFields() ?? {})) fields.add(`${root!.name}.${name}`);
  }
  return fields;
}

/** Prices operations and remembers the price per document and variables, so a repeated request costs a lookup. */
export class QueryCostEstimator {
  private readonly resolvedFields: Set<string>;
  private readonly cache = new LRUCache<string, number>({ max: 2_000 });

  constructor(
    private readonly schema: GraphQLSchema,
    readonly maxComplexity = MAX_QUERY_COMPLEXITY,
  ) {
    this.resolvedFields = resolvedFieldsOf(schema);
  }

  private readonly estimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
    const name = `${type.name}.${field.name}`;
    let own: number;
    if (RANGED_ROOT_FIELDS[name]) own = rangedCost(RANGED_ROOT_FIELDS[name], args, new Date());
    else if (type === this.schema.getQueryType()) own = HEAVY_ROOT_FIELDS[name] ?? FIELD_COSTS.query;
    else if (type === this.schema.getMutationType()) own = HEAVY_ROOT_FIELDS[name] ?? FIELD_COSTS.mutation;
    else if (!this.resolvedFields.has(name)) own = FIELD_COSTS.plain;
    else own = BATCHED_FIELDS.has(name) ? FIELD_COSTS.batched : FIELD_COSTS.resolved;
    return own + childComplexity * pageSize(field, args);
  };

  /** Per document and operation: the variables the price can depend on (costVariablesOf). */
  private readonly pricedVariables = new LRUCache<string, string[]>({ max: 2_000 });

  /**
   * The variables the estimator reads: those in directives (`@include`, `@skip`) and in the
   * arguments of fields priced by their arguments (paged lists, ranged root fields). A bulk input
   * (500 sales) never changes the price, so the cache is keyed without it: pricing it again would
   * coerce every sale once more before execution does. Null when the document cannot be walked
   * (execution reports why): every variable then counts.
   */
  private costVariablesOf(document: DocumentNode): string[] | null {
    const names = new Set<string>();
    const typeInfo = new TypeInfo(this.schema);
    const pricedByArguments: boolean[] = [];
    let directives = 0;
    let walkable = true;
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        // Declarations are not uses.
        VariableDefinition: () => false,
        Field: {
          enter: () => {
            const parent = typeInfo.getParentType();
            const field = typeInfo.getFieldDef();
            if (!parent || !field) walkable = false;
            pricedByArguments.push(!parent || !field || pricedByItsArguments(parent.name, field));
          },
          leave: () => {
            pricedByArguments.pop();
          },
        },
        Directive: {
          enter: () => {
            directives++;
          },
          leave: () => {
            directives--;
          },
        },
        Variable: (node) => {
          if (directives > 0 || pricedByArguments.length === 0 || pricedByArguments[pricedByArguments.length - 1])
            names.add(node.name.value);
        },
      }),
    );
    return walkable ? [...names] : null;
  }

  /** The estimated cost; throws BAD_USER_INPUT when the variables do not fit the operation. */
  estimate(
    document: DocumentNode,
    queryHash: string,
    operationName: string | null | undefined,
    variables: Record<string, unknown> | undefined,
  ) {
    const operationKey = `${queryHash}\u0000${operationName ?? ''}`;
    let priced = this.pricedVariables.get(operationKey);
    if (priced === undefined) {
      priced = this.costVariablesOf(document) ?? Object.keys(variables ?? {});
      this.pricedVariables.set(operationKey, priced);
    }
    const pricedValues = variables ? priced.filter((name) => Object.hasOwn(variables, name)).map((name) => [name, variables[name]]) : [];
    const variablesKey = pricedValues.length > 0 ? JSON.stringify(pricedValues) : '';
    // Large priced variables are priced afresh: keying the cache by them would cost as much.
    const key = variablesKey.length <= 4_096 ? `${operationKey}\u0000${variablesKey}` : null;
    const cached = key === null ? undefined : this.cache.get(key);
    if (cached !== undefined) return cached;
    let complexity: number;
    try {
      complexity = getComplexity({
        schema: this.schema,
        query: document,
        operationName: operationName ?? undefined,
        variables: variables ?? {},
        estimators: [this.estimator],
      });
    } catch (error) {
      // Estimating coerces the variables first: invalid ones are the caller's input error.
      throw new GraphQLError((error as Error).message, {
        originalError: (error as GraphQLError).originalError ?? (error as Error),
        extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
      });
    }
    if (key !== null) this.cache.set(key, complexity);
    return complexity;
  }
}

/** Whether a field's price reads its arguments: a ranged root field's dates, a paged list's size. The estimator and its cache key (costVariablesOf) both follow this. */
function pricedByItsArguments(typeName: string, field: GraphQLField<unknown, unknown>): boolean {
  return !!RANGED_ROOT_FIELDS[`${typeName}.${field.name}`] || isPaged(field);
}

const isPaged = (field: GraphQLField<unknown, unknown>) => field.args.some((arg) => arg.name === 'page');

function pageSize(field: GraphQLField<unknown, unknown>, args: Record<string, unknown> | undefined): number {
  if (!isPaged(field)) return 1;
  // The Relay arguments, when given, replace the page input (see pagingOf).
  const relay = [args?.first, args?.last].find((value) => typeof value === 'number');
  if (typeof relay === 'number') return relay > 0 ? relay : DEFAULT_PAGE_SIZE;
  const first = (args?.page as { first?: unknown } | undefined)?.first;
  return typeof first === 'number' && first > 0 ? first : DEFAULT_PAGE_SIZE;
}

/** Names of fragments that take part in a cycle (NoFragmentCyclesRule reports them; nothing else may walk them). */
function hasFragmentCycle(document: DocumentNode): boolean {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const spreadsOf = (selectionSet: SelectionSetNode): string[] => {
    const names: string[] = [];
    const pending = [selectionSet];
    while (pending.length > 0) {
      for (const selection of pending.pop()!.selections) {
        if (selection.kind === Kind.FRAGMENT_SPREAD) names.push(selection.name.value);
        else if (selection.selectionSet) pending.push(selection.selectionSet);
      }
    }
    return names;
  };
  // Iterative depth-first search with colours: grey on the path, black when done.
  const state = new Map<string, 'grey' | 'black'>();
  for (const start of fragments.keys()) {
    if (state.has(start)) continue;
    const stack: { name: string; next: string[] }[] = [{ name: start, next: spreadsOf(fragments.get(start)!.selectionSet) }];
    state.set(start, 'grey');
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const child = top.next.pop();
      if (child === undefined) {
        state.set(top.name, 'black');
        stack.pop();
        continue;
      }
      const fragment = fragments.get(child);
      if (!fragment) continue;
      const seen = state.get(child);
      if (seen === 'grey') return true;
      if (seen === 'black') continue;
      state.set(child, 'grey');
      stack.push({ name: child, next: spreadsOf(fragment.selectionSet) });
    }
  }
  return false;
}

/** What a selection set amounts to once its fragments are expanded. */
interface Shape {
  /** Levels of fields with selections. */
  depth: number;
  /** Levels of fragments (spread or inline) inside one another. */
  nesting: number;
  /** Aliased fields (but __typename), counted once per place they are spread, as execution would. */
  aliases: number;
}

/** Every fragment name spread anywhere inside a selection set (iterative). */
function spreadsIn(selectionSet: SelectionSetNode): Set<string> {
  const names = new Set<string>();
  const pending = [selectionSet];
  while (pending.length > 0) {
    for (const selection of pending.pop()!.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) names.add(selection.name.value);
      else if (selection.selectionSet) pending.push(selection.selectionSet);
    }
  }
  return names;
}

/**
 * The shape of a selection set, given the shapes of the fragments it spreads. It stops
 * descending once a limit is passed (the document is refused anyway), so it never recurses
 * more than depth + nesting limits levels.
 */
function shapeOf(selectionSet: SelectionSetNode, fragments: Map<string, Shape>, stopAt: { depth: number; nesting: number }): Shape {
  const shape: Shape = { depth: 0, nesting: 0, aliases: 0 };
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.alias && selection.name.value !== '__typename') shape.aliases++;
      // Introspection is left alone (it is off in production).
      if (!selection.selectionSet || selection.name.value.startsWith('__')) continue;
      const inner = stopAt.depth > 0 ? shapeOf(selection.selectionSet, fragments, { ...stopAt, depth: stopAt.depth - 1 }) : null;
      shape.depth = Math.max(shape.depth, 1 + (inner?.depth ?? 0));
      shape.nesting = Math.max(shape.nesting, inner?.nesting ?? 0);
      shape.aliases += inner?.aliases ?? 0;
    } else {
      const inner =
        selection.kind === Kind.INLINE_FRAGMENT
          ? stopAt.nesting > 0
            ? shapeOf(selection.selectionSet, fragments, { ...stopAt, nesting: stopAt.nesting - 1 })
            : null
          : fragments.get(selection.name.value);
      if (!inner) {
        if (selection.kind === Kind.INLINE_FRAGMENT) shape.nesting = Math.max(shape.nesting, 1);
        continue;
      }
      shape.depth = Math.max(shape.depth, inner.depth);
      shape.nesting = Math.max(shape.nesting, 1 + inner.nesting);
      shape.aliases += inner.aliases;
    }
  }
  return shape;
}

/**
 * Depth, fragment nesting and alias limits for each operation, every fragment expanded where it
 * is spread. Fragments are measured once each, in dependency order, so neither a long chain of
 * fragments nor a fragment spread many times costs more than one pass, and nothing recurses
 * deeper than the limits. A document with a fragment cycle is left to graphql's
 * NoFragmentCyclesRule (a 400) and never walked.
 *
 * Depth counts fields with selections, as graphql-depth-limit did; aliases count as GraphQL
 * Armor's max-aliases does (every alias but __typename's, through fragments).
 */
export function operationShapeRule(limits: { depth?: number; aliases?: number; fragmentNesting?: number } = {}): ValidationRule {
  const maxDepth = limits.depth ?? MAX_QUERY_DEPTH;
  const maxAliases = limits.aliases ?? MAX_ALIASES;
  const maxNesting = limits.fragmentNesting ?? MAX_FRAGMENT_NESTING;
  const stopAt = { depth: maxDepth + 1, nesting: maxNesting + 1 };
  return (context: ValidationContext): ASTVisitor => {
    const document = context.getDocument();
    if (hasFragmentCycle(document)) return {};
    const definitions = new Map<string, FragmentDefinitionNode>();
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) definitions.set(definition.name.value, definition);
    }
    // Kahn's algorithm over the spread graph: a fragment is measured after every fragment it spreads.
    const shapes = new Map<string, Shape>();
    const waitingOn = new Map<string, number>();
    const spreaders = new Map<string, string[]>();
    const ready: string[] = [];
    for (const [name, fragment] of definitions) {
      const needs = [...spreadsIn(fragment.selectionSet)].filter((spread) => definitions.has(spread));
      waitingOn.set(name, needs.length);
      for (const spread of needs) spreaders.set(spread, [...(spreaders.get(spread) ?? []), name]);
      if (needs.length === 0) ready.push(name);
    }
    while (ready.length > 0) {
      const name = ready.pop()!;
      shapes.set(name, shapeOf(definitions.get(name)!.selectionSet, shapes, stopAt));
      for (const spreader of spreaders.get(name) ?? []) {
        const left = waitingOn.get(spreader)! - 1;
        waitingOn.set(spreader, left);
        if (left === 0) ready.push(spreader);
      }
    }
    return {
      OperationDefinition(operation: OperationDefinitionNode) {
        const name = operation.name?.value ?? '';
        const shape = shapeOf(operation.selectionSet, shapes, stopAt);
        if (shape.depth > maxDepth) {
          context.reportError(new GraphQLError(`'${name}' exceeds maximum operation depth of ${maxDepth}`, { nodes: [operation] }));
        }
        if (shape.nesting > maxNesting) {
          context.reportError(new GraphQLError(`Fragments are nested more than ${maxNesting} deep`, { nodes: [operation] }));
        }
        if (shape.aliases > maxAliases) {
          context.reportError(new GraphQLError(`Aliases limit of ${maxAliases} exceeded, found ${shape.aliases}.`, { nodes: [operation] }));
        }
      },
    };
  };
}

/** One `login` per request: aliases, repeats and fragments cannot multiply password guesses. */
export const oneLoginPerRequestRule: ValidationRule = (context) => {
  const logins: FieldNode[] = [];
  return {
    Field(node) {
      if (node.name.value === 'login' && context.getParentType() === context.getSchema().getMutationType()) logins.push(node);
    },
    Document: {
      leave() {
        if (logins.length > 1) {
          context.reportError(new GraphQLError('Only one login per request', { nodes: logins }));
        }
      },
    },
  };
};

export function queryValidationRules(): ValidationRule[] {
  return [operationShapeRule(), oneLoginPerRequestRule];
}
