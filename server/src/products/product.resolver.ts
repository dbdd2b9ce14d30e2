import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { AuthRole } from '../common/request-context';
import { GraphQLContext } from '../common/graphql-context';
import { Product } from './product.entity';
import { CreateProductInput, UpdateProductInput } from './product.inputs';
import { createProduct, listProducts, updateProduct } from './product.service';

@Resolver(() => Product)
export class ProductResolver {
  @Authorized(AuthRole.MERCHANT_READ)
  @Query(() => [Product], { description: "The program's products (at most 500), by sku" })
  products(@Ctx() { ctx }: GraphQLContext): Promise<Product[]> {
    return listProducts(ctx);
  }

  @Authorized(AuthRole.MERCHANT_WRITE)
  @Mutation(() => Product, {
    description: 'Creates a product. Admins and WRITE keys; BAD_USER_INPUT for a duplicate SKU or an invalid rule',
  })
  createProduct(
    @Arg('input', { description: 'SKU, name, rule and attribution' }) input: CreateProductInput,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<Product> {
    return createProduct(ctx, input);
  }

  @Authorized(AuthRole.MERCHANT_WRITE)
  @Mutation(() => Product, {
    description:
      "Changes a product's name, rule, attribution or commissionable flag. Admins and WRITE keys; NOT_FOUND for an unknown product",
  })
  updateProduct(
    @Arg('input', { description: 'The product and the fields to change' }) input: UpdateProductInput,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<Product> {
    return updateProduct(ctx, input);
  }
}
