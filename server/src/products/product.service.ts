import { RequestContext } from '../common/request-context';
import { BadInputError, NotFoundError } from '../common/errors';
import { mapUniqueViolations } from '../common/database-errors';
import { recordAudit } from '../audit/audit.service';
import { ruleColumns } from '../partners/partner.service';
import { Product } from './product.entity';
import { CreateProductInput, UpdateProductInput } from './product.inputs';

export async function getProduct(ctx: RequestContext, id: string): Promise<Product> {
  const product = await ctx.manager.getRepository(Product).findOneBy({ id, programId: ctx.programId });
  if (!product) throw new NotFoundError('Product', id);
  return product;
}

export function listProducts(ctx: RequestContext): Promise<Product[]> {
  return ctx.manager.getRepository(Product).find({ where: { programId: ctx.programId }, order: { sku: 'ASC' }, take: 500 });
}

const skuTaken = (sku: string) => () => new BadInputError(`A product with sku "${sku}" already exists`, { field: 'sku' });

export async function createProduct(ctx: RequestContext, input: CreateProductInput): Promise<Product> {
  return ctx
    .transaction(async (tx) => {
      const repo = tx.manager.getRepository(Product);
      if (await repo.findOneBy({ programId: tx.programId, sku: input.sku })) throw skuTaken(input.sku)();
      const columns = ruleColumns(input.rule);
      const product = await repo.save(
        repo.create({
          programId: tx.programId,
          sku: input.sku,
          name: input.name,
          commissionable: input.commissionable,
          attribution: input.attribution ?? null,
          ...columns,
          ruleType: input.rule.type,
        }),
      );
      await recordAudit(tx, [
        { action: 'product.create', entityType: 'Product', entityId: product.id, changes: { sku: input.sku, rule: product.rule } },
      ]);
      return product;
    })
    .catch(mapUniqueViolations({ product_program_id_sku_key: skuTaken(input.sku) }));
}

export async function updateProduct(ctx: RequestContext, input: UpdateProductInput): Promise<Product> {
  return ctx.transaction(async (tx) => {
    const product = await getProduct(tx, input.id);
    const before = { name: product.name, commissionable: product.commissionable, rule: product.rule, attribution: product.attribution };
    if (input.name !== undefined && input.name !== null) product.name = input.name;
    if (input.commissionable !== undefined && input.commissionable !== null) product.commissionable = input.commissionable;
    if (input.attribution !== undefined) product.attribution = input.attribution;
    if (input.rule) Object.assign(product, ruleColumns(input.rule), { ruleType: input.rule.type });
    await tx.manager.getRepository(Product).save(product);
    const after = { name: product.name, commissionable: product.commissionable, rule: product.rule, attribution: product.attribution };
    await recordAudit(tx, [{ action: 'product.update', entityType: 'Product', entityId: product.id, changes: { before, after } }]);
    return product;
  });
}
