import { ArrayMaxSize, IsOptional, Length } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Money } from '@partnerbook/shared';
import { AuthRole } from '../common/request-context';
import { GraphQLContext } from '../common/graphql-context';
import { MoneyType } from '../common/money.types';
import { PayoutExclusionReason } from '../common/api-codes';
import { MAX_EXPORT_IDS, paypalPayoutPlan } from './export.service';
import { CurrencyCodeScalar, UUIDScalar } from '../common/scalars';

/** The left-out list in the plan is capped; `excludedCount` is always the full count. */
export const MAX_LISTED_EXCLUSIONS = 1_000;

@InputType({ description: 'Which balances go into the PayPal payout files' })
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
  @Field({ description: "The file's name in the download" })
  name: string;

  @Field({ description: 'ISO 4217 code of every row' })
  currency: string;

  @Field(() => Int, { description: 'Its number among the files of its currency, from 1' })
  part: number;

  @Field(() => Int, { description: 'How many files the currency needs' })
  parts: number;

  @Field(() => Int, { description: 'Payout rows in the file' })
  rows: number;

  @Field(() => MoneyType, { description: 'The sum of its rows (integer minor units with its currency)' })
  total: Money;
}

@ObjectType({ description: 'A partner left out of the PayPal files, and why' })
export class PaypalPayoutExclusion {
  @Field(() => ID, { description: 'The partner' })
  partnerId: string;

  @Field({ description: "The partner's name" })
  partnerName: string;

  @Field(() => MoneyType, { description: 'Their approved balance (integer minor units with its currency)' })
  balance: Money;

  @Field(() => PayoutExclusionReason, { description: 'Why they are left out' })
  reason: string;
}

@ObjectType({ description: 'What the PayPal payout download would contain: files per currency and who is left out' })
export class PaypalPayoutPlan {
  @Field(() => [PaypalPayoutFile], { description: 'The files of the download' })
  files: PaypalPayoutFile[];

  @Field(() => Int, { description: 'How many partners are left out in all' })
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
  paypalPayoutPlan(
    @Arg('input', () => PaypalPayoutInput, { description: 'Which balances to pay', defaultValue: {} }) input: PaypalPayoutInput,
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return planFor(ctx, input);
  }
}
