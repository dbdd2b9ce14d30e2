import { ArrayMaxSize, IsOptional, Length } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Money } from '@partnerbook/shared';
import { AuthRole } from '../common/request-context';
import { GraphQLContext } from '../common/graphql-context';
import { MoneyScalar } from '../common/money.scalar';
import { PayoutExclusionReason } from '../common/api-codes';
import { MAX_EXPORT_IDS, paypalPayoutPlan } from './export.service';
import { CurrencyCodeScalar, UUIDScalar } from '../common/scalars';

/** The left-out list in the plan is capped; `excludedCount` is always the full count. */
export const MAX_LISTED_EXCLUSIONS = 1_000;

@InputType()
export class PaypalPayoutInput {
  @Field(() => [UUIDScalar], { nullable: true, description: 'Partners to pay; everyone with a pending payment when omitted' })
  @IsOptional()
  @ArrayMaxSize(MAX_EXPORT_IDS)
  partnerIds?: string[];

  @Field(() => CurrencyCodeScalar, { nullable: true, description: 'Only this currency' })
  currency?: string;

  @Field({ nullable: true, description: 'Note to every recipient (≤ 400 characters used); default "Partner commissions from <program>"' })
  @IsOptional()
  @Length(0, 2_000)
  note?: string;
}

@ObjectType({ description: 'One PayPal upload file: one currency, at most 5,000 rows' })
export class PaypalPayoutFile {
  @Field()
  name: string;

  @Field()
  currency: string;

  @Field(() => Int)
  part: number;

  @Field(() => Int)
  parts: number;

  @Field(() => Int)
  rows: number;

  @Field(() => MoneyScalar)
  total: Money;
}

@ObjectType({ description: 'A partner left out of the PayPal files, and why' })
export class PaypalPayoutExclusion {
  @Field(() => ID)
  partnerId: string;

  @Field()
  partnerName: string;

  @Field(() => MoneyScalar)
  balance: Money;

  @Field(() => PayoutExclusionReason)
  reason: string;
}

@ObjectType()
export class PaypalPayoutPlan {
  @Field(() => [PaypalPayoutFile])
  files: PaypalPayoutFile[];

  @Field(() => Int)
  excludedCount: number;

  @Field(() => [PaypalPayoutExclusion], { description: `The partners left out (the first ${MAX_LISTED_EXCLUSIONS})` })
  excluded: PaypalPayoutExclusion[];

  @Field({ description: 'GET (or POST with the same JSON) with your bearer token: one CSV, or a zip of several' })
  downloadPath: string;
}

function downloadPath(input: PaypalPayoutInput): string {
  const query = new URLSearchParams();
  if (input.partnerIds?.length) query.set('partnerIds', input.partnerIds.join(','));
  if (input.currency) query.set('currency', input.currency);
  if (input.note !== undefined && input.note !== null) query.set('note', input.note);
  const text = query.toString();
  return `/exports/paypal-payouts${text ? `?${text}` : ''}`;
}

async function planFor(ctx: GraphQLContext['ctx'], input: PaypalPayoutInput): Promise<PaypalPayoutPlan> {
  const plan = await paypalPayoutPlan(ctx, { ...input });
  return Object.assign(new PaypalPayoutPlan(), {
    files: plan.files.map((f) =>
      Object.assign(new PaypalPayoutFile(), {
        name: f.name,
        currency: f.currency,
        part: f.part,
        parts: f.parts,
        rows: f.rows.length,
        total: { amount: f.total, currency: f.currency },
      }),
    ),
    excludedCount: plan.excluded.length,
    excluded: plan.excluded.slice(0, MAX_LISTED_EXCLUSIONS).map((e) =>
      Object.assign(new PaypalPayoutExclusion(), {
        partnerId: e.partnerId,
        partnerName: e.partnerName,
        balance: { amount: e.balance, currency: e.currency },
        reason: e.reason,
      }),
    ),
    downloadPath: downloadPath(input),
  });
}

@Resolver()
export class ExportResolver {
  @Authorized(AuthRole.MERCHANT_READ)
  @Query(() => PaypalPayoutPlan, { description: 'What the PayPal payout download will hold: its files and the partners left out' })
  paypalPayoutPlan(@Arg('input', () => PaypalPayoutInput, { defaultValue: {} }) input: PaypalPayoutInput, @Ctx() { ctx }: GraphQLContext) {
    return planFor(ctx, input);
  }
}
