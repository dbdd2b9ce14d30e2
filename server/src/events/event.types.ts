import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { PageInfo } from '../common/paging';

@ObjectType({
  description:
    'One change in the program, as the audit log records it, numbered in commit order. Page with events(after:) to catch up without missing any.',
})
export class DomainEvent {
  @Field(() => ID, { description: 'Stable id: the webhook-id of its webhook deliveries, for deduplication' })
  id: string;

  @Field({
    description: 'Per-program sequence number (decimal string, it can exceed 2^53): strictly increasing in commit order, without gaps',
  })
  sequence: string;

  @Field({ description: 'The event type, e.g. commission.approved (see docs/api.md for the list)' })
  type: string;

  @Field({ description: 'The kind of entity that changed: Sale, Commission, Payment, Partner, …' })
  entityType: string;

  @Field({ description: 'The id of the entity that changed' })
  entityId: string;

  @Field({ description: 'MERCHANT, PARTNER, API_KEY or SYSTEM' })
  actorKind: string;

  @Field({ description: 'The user\'s email, the API key\'s name, or "system"' })
  actorLabel: string;

  @Field({ description: "When the change was made (its transaction's time)" })
  occurredAt: Date;

  @Field(() => GraphQLJSONObject, { description: 'What changed, as the audit entry records it' })
  payload: Record<string, unknown>;
}

@ObjectType({ description: 'An event and the cursor that resumes the feed right after it' })
export class DomainEventEdge {
  @Field({ description: 'Opaque cursor: pass it as `after` to resume right after this event' })
  cursor: string;

  @Field(() => DomainEvent, { description: 'The event' })
  node: DomainEvent;
}

@ObjectType({ description: 'A page of the event feed, oldest first' })
export class DomainEventConnection {
  @Field(() => [DomainEventEdge], { description: 'The events of this page with their cursors, oldest first' })
  edges: DomainEventEdge[];

  @Field(() => [DomainEvent], { description: "The events of this page, oldest first (the edges' nodes)" })
  nodes: DomainEvent[];

  @Field(() => PageInfo, {
    description:
      'Cursors and whether more events follow. endCursor is never null here: pass it as `after` to read on; with no new event it repeats the cursor given, so a poller keeps its place',
  })
  pageInfo: PageInfo;
}

export const MAX_EVENTS_PAGE = 500;
export const DEFAULT_EVENTS_PAGE = 100;
