import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AuthRole } from '../common/request-context';
import { GraphQLContext } from '../common/graphql-context';
import { Commission } from '../commissions/commission.entity';
import { Refund } from './sale.entity';

@Resolver(() => Refund)
export class RefundResolver {
  @Authorized(AuthRole.MERCHANT_READ)
  @FieldResolver(() => [Commission], { description: 'The unpaid commissions this refund reduced (or cancelled), as they are now' })
  async commissions(@Root() refund: Refund, @Ctx() { loaders }: GraphQLContext): Promise<Commission[]> {
    return (await loaders.refundCommissions.load(refund.id)).adjusted;
  }

  @Authorized(AuthRole.MERCHANT_READ)
  @FieldResolver(() => [Commission], { description: 'The clawbacks this refund created for commissions already paid' })
  async clawbacks(@Root() refund: Refund, @Ctx() { loaders }: GraphQLContext): Promise<Commission[]> {
    return (await loaders.refundCommissions.load(refund.id)).clawbacks;
  }
}
