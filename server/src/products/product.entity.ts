import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Attribution, CommissionRuleType } from '@partnerbook/shared';
import { bigintToNumber, trimmed } from '../common/column-transformers';
import { CommissionRule } from '../partners/partner.entity';

@ObjectType({ description: 'A product the merchant sells, and how its sales pay partners' })
@Entity('product')
export class Product {
  @Field(() => ID, { description: "The product's id" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @PrimaryColumn({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Field({ description: "The merchant's product code; unique in the program" })
  @Column()
  sku: string;

  @Field({ description: 'Its name, shown to merchants and partners' })
  @Column()
  name: string;

  @Field({ description: 'Whether its sales earn commissions' })
  @Column()
  commissionable: boolean;

  @Column({ name: 'rule_type', type: 'text' })
  ruleType: CommissionRuleType;

  @Column({ name: 'rate_bps', type: 'integer', nullable: true })
  rateBps: number | null;

  @Column({ name: 'flat_amount_minor', type: 'bigint', nullable: true, transformer: bigintToNumber })
  flatAmountMinor: number | null;

  @Column({ name: 'flat_currency', type: 'char', length: 3, nullable: true, transformer: trimmed })
  flatCurrency: string | null;

  @Field(() => CommissionRule, { description: "How its sales pay partners (a partner's override takes precedence)" })
  get rule(): CommissionRule {
    return {
      type: this.ruleType,
      rateBps: this.ruleType === CommissionRuleType.PERCENT ? this.rateBps : null,
      flatAmount:
        this.ruleType === CommissionRuleType.FLAT && this.flatCurrency
          ? { amount: this.flatAmountMinor ?? 0, currency: this.flatCurrency }
          : null,
    };
  }

  @Field(() => Attribution, { nullable: true, description: "Unset: the program's default attribution" })
  @Column({ type: 'text', nullable: true })
  attribution: Attribution | null;

  @Field({ description: 'When the product was created' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
