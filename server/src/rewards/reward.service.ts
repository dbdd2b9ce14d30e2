import { CommissionKind, CommissionStatus, PartnerStatus } from '@partnerbook/shared';
import { RequestContext } from '../common/request-context';
import { BadInputError } from '../common/errors';
import { Paging } from '../common/paging';
import { recordAudit } from '../audit/audit.service';
import { getPartner } from '../partners/partner.service';
import { getCustomerByRef } from '../customers/customer.service';
import { Commission } from '../commissions/commission.entity';
import { CommissionFilter } from '../commissions/commission.inputs';
import { listCommissions } from '../commissions/commission.service';
import { CreateManualRewardInput } from './reward.inputs';

/** Manual rewards are never held: they are APPROVED from the start. */
export async function createManualReward(ctx: RequestContext, input: CreateManualRewardInput): Promise<Commission> {
  if (input.amount.amount <= 0) throw new BadInputError('A reward must be a positive amount', { field: 'amount' });
  if (input.customer && input.customerId)
    throw new BadInputError('Name the customer by customer or by customerId, not both', { field: 'customer' });
  const customerRef = input.customer ?? (input.customerId ? { id: input.customerId } : null);
  return ctx.transaction(async (tx) => {
    const partner = await getPartner(tx, input.partnerId);
    if (partner.status === PartnerStatus.APPLIED || partner.status === PartnerStatus.DECLINED) {
      // An applicant is not a partner yet (or was declined): nothing to reward, nothing to pay.
      throw new BadInputError('This person applied and is not an approved partner: approve the application first', { field: 'partnerId' });
    }
    const customer = customerRef ? await getCustomerByRef(tx, customerRef) : null;
    const repo = tx.manager.getRepository(Commission);
    const reward = await repo.save(
      repo.create({
        programId: tx.programId,
        partnerId: partner.id,
        kind: CommissionKind.REWARD,
        status: CommissionStatus.APPROVED,
        currency: input.amount.currency,
        amountMinor: input.amount.amount,
        originalAmountMinor: input.amount.amount,
        customerId: customer?.id ?? null,
        description: input.description,
        payableAt: new Date(),
        approvedAt: new Date(),
      }),
    );
    await recordAudit(tx, [
      {
        action: 'reward.create',
        entityType: 'Commission',
        entityId: reward.id,
        changes: { partnerId: partner.id, description: input.description, amount: input.amount, customerId: customer?.id ?? null },
      },
    ]);
    return reward;
  });
}

/** "Review rewards": manual rewards, newest first. */
export function listRewards(ctx: RequestContext, filter: CommissionFilter, page: Paging) {
  return listCommissions(ctx, { ...filter, kind: CommissionKind.REWARD }, page);
}
