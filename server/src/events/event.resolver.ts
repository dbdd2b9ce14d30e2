import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { AuthRole } from '../common/request-context';
import { GraphQLContext } from '../common/graphql-context';
import { DEFAULT_EVENTS_PAGE, DomainEventConnection, MAX_EVENTS_PAGE } from './event.types';
import { listEvents } from './event.service';

@Resolver()
export class EventResolver {
  @Authorized(AuthRole.MERCHANT_READ)
  @Query(() => DomainEventConnection, {
    description:
      "The program's event feed, oldest first and gap-free: every change is here exactly once, in commit order. Merchants and API keys (read or write); partners have no feed. Keep pageInfo.endCursor and pass it as `after` to catch up after downtime.",
  })
  events(
    @Arg('after', () => String, {
      nullable: true,
      description: 'A cursor from a previous page (edges[].cursor or pageInfo.endCursor); absent: from the first event',
    })
    after: string | null,
    @Arg('first', () => Int, { defaultValue: DEFAULT_EVENTS_PAGE, description: `Events per page, 1 to ${MAX_EVENTS_PAGE}` }) first: number,
    @Arg('types', () => [String], {
      nullable: true,
      description: 'Only these event types (others are skipped, the cursor still moves past them)',
    })
    types: string[] | null,
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return listEvents(ctx, { after, first, types });
  }
}
