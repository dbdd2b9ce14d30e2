import { createUnionType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ErrorCode } from '@partnerbook/shared';
import { DomainEvent } from '../events/event.types';
import { ErrorResult } from '../common/errors';
import { PageInfo } from '../common/paging';

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  SENDING = 'SENDING',
  SUCCEEDED = 'SUCCEEDED',
  DEAD = 'DEAD',
}

registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'PENDING: waiting for its (next) attempt; SENDING: being delivered; SUCCEEDED: a 2xx answer; DEAD: every attempt failed',
  valuesConfig: {
    DEAD: { description: 'Every attempt failed: no more retries (redeliver to try again)' },
    PENDING: { description: 'Waiting for its first or next attempt' },
    SENDING: { description: 'Being delivered now' },
    SUCCEEDED: { description: 'The receiver answered 2xx' },
  },
});

export enum WebhookDisabledReason {
  MANUAL = 'MANUAL',
  DELIVERIES_FAILING = 'DELIVERIES_FAILING',
}

registerEnumType(WebhookDisabledReason, {
  name: 'WebhookDisabledReason',
  description: 'Why an endpoint is disabled',
  valuesConfig: {
    MANUAL: { description: 'An admin or a WRITE key disabled it' },
    DELIVERIES_FAILING: {
      description: 'The webhook worker disabled it: every attempt failed for the configured period (5 days unless configured)',
    },
  },
});

@ObjectType({
  description: "Where the program's events are POSTed, signed per Standard Webhooks. The secret is shown only when created or rotated.",
})
export class WebhookEndpoint {
  @Field(() => ID, { description: "The endpoint's id" })
  id: string;

  @Field({ description: 'The receiver: https only in production; never a private, loopback or link-local address' })
  url: string;

  @Field({ description: 'Free text for the merchant' })
  description: string;

  @Field(() => [String], { description: 'The event types sent to it (see the events query)' })
  eventTypes: string[];

  @Field({ description: 'Disabled endpoints get no new deliveries; pending ones wait until it is enabled again' })
  enabled: boolean;

  @Field(() => Date, { nullable: true, description: 'While set, deliveries are signed with the previous secret too (after a rotation)' })
  previousSecretExpiresAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the first attempt failed since the last success; null while deliveries succeed. Enabling the endpoint clears it',
  })
  failingSince: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was disabled (null while enabled, or for endpoints disabled before this was kept)',
  })
  disabledAt: Date | null;

  @Field(() => WebhookDisabledReason, { nullable: true, description: 'Why it is disabled; null while enabled' })
  disabledReason: WebhookDisabledReason | null;

  @Field({ description: 'When it was created' })
  createdAt: Date;

  @Field({ description: 'When it last changed' })
  updatedAt: Date;
}

@ObjectType({ description: 'A new endpoint and its signing secret, shown this once' })
export class WebhookEndpointCreated {
  @Field(() => WebhookEndpoint, { description: 'The new endpoint' })
  endpoint: WebhookEndpoint;

  @Field({
    description: 'The signing secret, whsec_…: verify signatures with it (standardwebhooks). Store it now: it is never shown again',
  })
  secret: string;
}

@ObjectType({ description: 'A rotated endpoint: the new secret (shown this once) and how long the old one still signs' })
export class WebhookSecretRotated {
  @Field(() => WebhookEndpoint, { description: 'The endpoint, with previousSecretExpiresAt set' })
  endpoint: WebhookEndpoint;

  @Field({ description: 'The new whsec_… secret. Store it now: it is never shown again' })
  secret: string;
}

@ObjectType({ description: 'One attempt to deliver an event to an endpoint' })
export class WebhookAttempt {
  @Field(() => Int, { description: '1 for the first try' })
  attempt: number;

  @Field({ description: 'When the request started' })
  startedAt: Date;

  @Field(() => Date, { description: 'When it ended; null while in flight', nullable: true })
  finishedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'SUCCEEDED, RETRY, DEAD, or UNKNOWN (the worker stopped before it learnt the answer)',
  })
  outcome: string | null;

  @Field(() => Int, { nullable: true, description: "The receiver's HTTP status, if it answered" })
  statusCode: number | null;

  @Field(() => Int, { nullable: true, description: 'How long the request took, in milliseconds' })
  durationMs: number | null;

  @Field(() => String, { nullable: true, description: "The first 500 characters of the receiver's answer" })
  responseExcerpt: string | null;

  @Field(() => String, { nullable: true, description: 'Why the attempt failed (timeout, refused address, HTTP status)' })
  error: string | null;
}

@ObjectType({ description: 'One event on its way to one endpoint, with every attempt' })
export class WebhookDelivery {
  @Field(() => ID, { description: "The delivery's id (pass it to redeliverWebhook); not the webhook-id header (that is the event's id)" })
  id: string;

  @Field(() => ID, { description: 'The endpoint it goes to' })
  endpointId: string;

  @Field(() => DomainEvent, { description: 'The event sent; its id is the webhook-id header' })
  event: DomainEvent;

  @Field(() => WebhookDeliveryStatus, { description: 'PENDING, SENDING, SUCCEEDED or DEAD' })
  status: WebhookDeliveryStatus;

  @Field(() => Int, { description: 'Attempts so far' })
  attemptCount: number;

  @Field({ description: 'When the next attempt is due (PENDING)' })
  nextAttemptAt: Date;

  @Field(() => Date, { description: 'When a 2xx answer came; null until then', nullable: true })
  deliveredAt: Date | null;

  @Field(() => Int, { description: 'The HTTP status of the last answer; null if none', nullable: true })
  lastStatusCode: number | null;

  @Field(() => String, { description: 'Why the last attempt failed; null if none failed', nullable: true })
  lastError: string | null;

  @Field(() => [WebhookAttempt], { description: 'Every attempt, first first' })
  attempts: WebhookAttempt[];

  @Field({ description: 'When it was queued' })
  createdAt: Date;
}

@ObjectType({ description: 'A delivery and its cursor (Relay edge)' })
export class WebhookDeliveryEdge {
  @Field({ description: 'Opaque cursor of this delivery: pass it as `after` to read on from here' })
  cursor: string;

  @Field(() => WebhookDelivery, { description: 'The delivery' })
  node: WebhookDelivery;
}

@ObjectType({ description: 'Deliveries, newest first' })
export class WebhookDeliveryConnection {
  @Field(() => [WebhookDeliveryEdge], { description: 'The deliveries of this page with their cursors, newest first' })
  edges: WebhookDeliveryEdge[];

  @Field(() => [WebhookDelivery], { description: "The deliveries of this page, newest first (the edges' nodes)" })
  nodes: WebhookDelivery[];

  @Field(() => PageInfo, { description: 'Cursors and whether more deliveries follow (forward paging only)' })
  pageInfo: PageInfo;
}

@ObjectType({ description: 'A replay: the deliveries queued, one per matching event, oldest event first' })
export class WebhookReplayQueued {
  @Field(() => Int, { description: 'New deliveries queued' })
  queued: number;

  @Field(() => Int, { description: 'Matching events left out because a delivery of them to this endpoint is already waiting' })
  alreadyPending: number;
}

@ObjectType({
  implements: ErrorResult,
  description: 'The time range holds more events than one replay may queue: nothing was queued; replay shorter ranges',
})
export class ReplayRangeTooLargeError extends ErrorResult {
  code = ErrorCode.REPLAY_RANGE_TOO_LARGE;

  @Field(() => Int, { description: 'The most events one replay queues' })
  limit: number;

  @Field(() => Int, { description: 'Events of the endpoint’s types in the range' })
  matching: number;
}

export const ReplayWebhookEventsResult = createUnionType({
  name: 'ReplayWebhookEventsResult',
  types: () => [WebhookReplayQueued, ReplayRangeTooLargeError] as const,
  description: 'WebhookReplayQueued, or ReplayRangeTooLargeError',
});
