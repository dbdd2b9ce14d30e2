import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { GraphQLContext } from '../common/graphql-context';
import { Product } from '../products/product.entity';
import { Commission } from './commission.entity';

/** What a commission was earned on, read through its sale (batched: one statement per kind and page). */
@Resolver(() => Commission)
export class CommissionSaleResolver {
  @FieldResolver(() => Product, { nullable: true, description: 'The product of its sale; null for a manual reward' })
  async product(@Root() commission: Commission, @Ctx() { loaders }: GraphQLContext): Promise<Product | null> {
    const sale = commission.saleId ? await loaders.sale.load(commission.saleId) : null;
    return sale ? loaders.product.load(sale.productId) : null;
  }

  @FieldResolver(() => Date, { nullable: true, description: "When its sale happened (the sale's occurredAt); null for a manual reward" })
  async saleDate(@Root() commission: Commission, @Ctx() { loaders }: GraphQLContext): Promise<Date | null> {
    const sale = commission.saleId ? await loaders.sale.load(commission.saleId) : null;
    return sale?.occurredAt ?? null;
  }
}
