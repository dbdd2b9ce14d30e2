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
  @Mutation(() => Product)
  createProduct(@Arg('input') input: CreateProductInput, @Ctx() { ctx }: GraphQLContext): Promise<Product> {
    return createProduct(ctx, input);
  }

  @Authorized(AuthRole.MERCHANT_WRITE)
  @Mutation(() => Product)
  updateProduct(@Arg('input') input: UpdateProductInput, @Ctx() { ctx }: GraphQLContext): Promise<Product> {
    return updateProduct(ctx, input);
  }
}
