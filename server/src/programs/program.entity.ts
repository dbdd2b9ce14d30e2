import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Attribution, Money } from '@partnerbook/shared';
import { MoneyType } from '../common/money.types';
import { trimmed } from '../common/column-transformers';
import { ApplicationSettings, StoredQuestion } from '../applications/application-form';

registerEnumType(Attribution, {
  name: 'Attribution',
  description: 'Which referrer a sale pays',
  valuesConfig: {
    BOTH: { description: 'Both the first and the latest referrer earn (each by their own rule); one partner only once' },
    FIRST: { description: 'The partner who first referred the customer earns' },
    LAST: { description: 'The partner who most recently referred the customer before the sale earns' },
  },
});

/** Pay thresholds per currency, in minor units: { "USD": 5000 }. */
export type ThresholdMap = Record<string, number>;

export function thresholdsToMoney(map: ThresholdMap): Money[] {
  return Object.entries(map)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, amount]) => ({ currency, amount }));
}

@ObjectType({ description: 'A merchant program: the tenant every record belongs to' })
@Entity('program')
export class Program {
  @Field(() => ID, { description: "The program's id" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: "The program's name, shown to partners and in emails" })
  @Column()
  name: string;

  @Field({ description: "The program's main currency" })
  @Column({ type: 'char', length: 3, transformer: trimmed })
  currency: string;

  @Field(() => Attribution, { description: 'Which referrer a sale pays when its product does not say' })
  @Column({ name: 'default_attribution', type: 'text' })
  defaultAttribution: Attribution;

  @Column({ name: 'pay_thresholds', type: 'jsonb' })
  payThresholdMap: ThresholdMap;

  @Field(() => [MoneyType], { description: 'Minimum balance, per currency, before a partner is paid; 0 where unset' })
  get payThresholds(): Money[] {
    return thresholdsToMoney(this.payThresholdMap ?? {});
  }

  @Field(() => Int, { description: 'Days after a sale before its commission can be approved' })
  @Column({ name: 'holding_period_days', type: 'integer' })
  holdingPeriodDays: number;

  @Field({ description: 'IANA time zone the program shows, filters and buckets dates in (e.g. "Europe/Berlin")' })
  @Column({ type: 'text' })
  timezone: string;

  @Field({ description: 'BCP 47 locale for numbers, dates and money in the portal and emails (e.g. "de-DE")' })
  @Column({ type: 'text' })
  locale: string;

  @Field({ description: 'Approve sale commissions automatically once their holding period has passed' })
  @Column({ name: 'auto_approve' })
  autoApprove: boolean;

  @Field({ description: 'Admins must sign in with a second step (TOTP); an admin without it may only enrol until they do' })
  @Column({ name: 'require_two_factor_for_admins' })
  requireTwoFactorForAdmins: boolean;
  @Column({ name: 'applications_open' })
  applicationsOpen: boolean;

  @Column({ name: 'application_slug', type: 'text', nullable: true })
  applicationSlug: string | null;

  @Column({ name: 'application_intro', type: 'text' })
  applicationIntro: string;

  @Column({ name: 'application_questions', type: 'jsonb' })
  applicationQuestions: StoredQuestion[];

  @Field(() => ApplicationSettings, { description: 'The public application page (/join/<slug>) and its questions' })
  get applications(): ApplicationSettings {
    return Object.assign(new ApplicationSettings(), {
      open: this.applicationsOpen ?? false,
      slug: this.applicationSlug ?? null,
      intro: this.applicationIntro ?? '',
      questions: (this.applicationQuestions ?? []).map((q) => ({ id: q.id, label: q.label, required: q.required })),
    });
  }

  @Field({ description: 'When the program was started' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
