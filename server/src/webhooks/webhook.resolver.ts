import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { AuthRole } from '../common/request-context';
import { GraphQLContext } from '../common/graphql-context';
import { CreateWebhookEndpointInput, UpdateWebhookEndpointInput } from './webhook.inputs';
import {
  ReplayWebhookEventsResult,
  WebhookDelivery,
  WebhookDeliveryConnection,
  WebhookDeliveryStatus,
  WebhookEndpoint,
  WebhookEndpointCreated,
  WebhookSecretRotated,
} from './webhook.types';
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  listWebhookDeliveries,
  listWebhookEndpoints,
  MAX_REPLAY_EVENTS,
  redeliverWebhook,
  replayWebhookEvents,
  rotateWebhookSecret,
  sendWebhookTestEvent,
  updateWebhookEndpoint,
  webhookEventTypes,
} from './webhook.service';
import { UUIDScalar } from '../common/scalars';

@Resolver()
export class WebhookResolver {
  @Authorized(AuthRole.MERCHANT_READ)
  @Query(() => [WebhookEndpoint], {
    description: "The program's webhook endpoints (at most 20), oldest first. Secrets are never shown here",
  })
  webhookEndpoints(@Ctx() { ctx }: GraphQLContext) {
    return listWebhookEndpoints(ctx);
  }

  @Authorized(AuthRole.MERCHANT_READ)
  @Query(() => [String], {
    description: 'The event types a webhook endpoint may subscribe to, sorted (every type of the events feed but the webhook.test ping)',
  })
  webhookEventTypes() {
    return webhookEventTypes();
  }

  @Authorized(AuthRole.MERCHANT_READ)
  @Query(() => WebhookDeliveryConnection, {
    description: 'Webhook deliveries with every attempt, newest first; optionally of one endpoint or in one status',
  })
  webhookDeliveries(
    @Arg('endpointId', () => UUIDScalar, { description: 'Only deliveries to this endpoint', nullable: true }) endpointId: string | null,
    @Arg('status', () => WebhookDeliveryStatus, { description: 'Only deliveries in this status', nullable: true })
    status: WebhookDeliveryStatus | null,
    @Arg('first', () => Int, { defaultValue: 25, description: '1 to 100' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page' }) after: string | null,
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return listWebhookDeliveries(ctx, { endpointId, status, first, after });
  }

  @Authorized(AuthRole.MERCHANT_WRITE)
  @Mutation(() => WebhookEndpointCreated, {
    description:
      'Admins and WRITE keys. Answers the signing secret once. Refuses (BAD_USER_INPUT) a URL that is not https in production or names a private address, and unknown event types',
  })
  createWebhookEndpoint(
    @Arg('input', { description: 'URL, event types, description, enabled' }) input: CreateWebhookEndpointInput,
    @Ctx() { ctx, webhookUrlPolicy }: GraphQLContext,
  ) {
    return createWebhookEndpoint(ctx, webhookUrlPolicy, input);
  }

  @Authorized(AuthRole.MERCHANT_WRITE)
  @Mutation(() => WebhookEndpoint, { description: 'Admins and WRITE keys. Changes the URL, event types, description or enabled flag' })
  updateWebhookEndpoint(
    @Arg('input', { description: 'The endpoint and the fields to change' }) input: UpdateWebhookEndpointInput,
    @Ctx() { ctx, webhookUrlPolicy }: GraphQLContext,
  ) {
    return updateWebhookEndpoint(ctx, webhookUrlPolicy, input);
  }

  @Authorized(AuthRole.MERCHANT_WRITE)
  @Mutation(() => ID, { description: 'Admins and WRITE keys. Deletes the endpoint and its deliveries; answers its id' })
  deleteWebhookEndpoint(
    @Arg('id', () => UUIDScalar, { description: 'The endpoint (unknown: NOT_FOUND)' }) id: string,
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return deleteWebhookEndpoint(ctx, id);
  }

  @Authorized(AuthRole.MERCHANT_WRITE)
  @Mutation(() => WebhookSecretRotated, {
    description: 'Admins and WRITE keys. A new signing secret (shown once); the old one signs too for 24 hours, so receivers can switch',
  })
  rotateWebhookSecret(
    @Arg('id', () => UUIDScalar, { description: 'The endpoint (unknown: NOT_FOUND)' }) id: string,
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return rotateWebhookSecret(ctx, id);
  }

  @Authorized(AuthRole.MERCHANT_WRITE)
  @Mutation(() => WebhookDelivery, {
    description:
      "Admins and WRITE keys. Sends a delivery's event again as a new delivery, with the same webhook-id (receivers deduplicate on it)",
  })
  redeliverWebhook(
    @Arg('deliveryId', () => UUIDScalar, { description: 'The delivery to send again (unknown: NOT_FOUND)' }) deliveryId: string,
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return redeliverWebhook(ctx, deliveryId);
  }

  @Authorized(AuthRole.MERCHANT_WRITE)
  @Mutation(() => WebhookDelivery, {
    description:
      'Admins and WRITE keys. Sends a signed webhook.test event to this endpoint only (even while it is disabled), through the delivery log like any other; NOT_FOUND for an unknown endpoint',
  })
  sendWebhookTestEvent(
    @Arg('endpointId', () => UUIDScalar, { description: 'The endpoint (unknown: NOT_FOUND)' }) endpointId: string,
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return sendWebhookTestEvent(ctx, endpointId);
  }

  @Authorized(AuthRole.MERCHANT_WRITE)
  @Mutation(() => ReplayWebhookEventsResult, {
    description: `Admins and WRITE keys. Queues a fresh delivery to the endpoint of every event of its types that occurred in [from, to), oldest first; events whose delivery to it is still waiting are left out (a second click does not double the queue). More than ${MAX_REPLAY_EVENTS} matching events: nothing is queued (ReplayRangeTooLargeError). BAD_USER_INPUT when to is not after from`,
  })
  replayWebhookEvents(
    @Arg('endpointId', () => UUIDScalar, { description: 'The endpoint to deliver to (unknown: NOT_FOUND)' }) endpointId: string,
    @Arg('from', () => Date, { description: 'Events that occurred at or after this time' }) from: Date,
    @Arg('to', () => Date, { description: 'Events that occurred before this time' }) to: Date,
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return replayWebhookEvents(ctx, { endpointId, from, to });
  }
}
