import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each partner's own payout method: PAYPAL (the existing paypal_email), BANK_TRANSFER (holder and
 * an IBAN, or an account number with a routing/SWIFT code) or OTHER (the partner's instructions).
 * A pay run pays each partner by theirs. Partners with a PayPal email start on PAYPAL, others with none.
 */
export class PayoutMethods1797300000000 implements MigrationInterface {
  name = 'PayoutMethods1797300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE partner
        ADD COLUMN payout_method text CHECK (payout_method IN ('PAYPAL', 'BANK_TRANSFER', 'OTHER')),
        ADD COLUMN bank_account_holder text CHECK (length(bank_account_holder) <= 200),
        ADD COLUMN bank_iban text CHECK (length(bank_iban) <= 34),
        ADD COLUMN bank_account_number text CHECK (length(bank_account_number) <= 34),
        ADD COLUMN bank_routing_code text CHECK (length(bank_routing_code) <= 11),
        ADD COLUMN payout_instructions text CHECK (length(payout_instructions) <= 500),
        ADD CONSTRAINT partner_bank_details_complete CHECK (
          payout_method IS DISTINCT FROM 'BANK_TRANSFER' OR (
            bank_account_holder IS NOT NULL AND (bank_iban IS NOT NULL OR (bank_account_number IS NOT NULL AND bank_routing_code IS NOT NULL)))),
        ADD CONSTRAINT partner_other_instructions CHECK (payout_method IS DISTINCT FROM 'OTHER' OR payout_instructions IS NOT NULL);
      UPDATE partner SET payout_method = 'PAYPAL' WHERE paypal_email IS NOT NULL AND btrim(paypal_email) <> '';
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE partner DROP CONSTRAINT partner_bank_details_complete, DROP CONSTRAINT partner_other_instructions,
        DROP COLUMN payout_method, DROP COLUMN bank_account_holder, DROP COLUMN bank_iban, DROP COLUMN bank_account_number,
        DROP COLUMN bank_routing_code, DROP COLUMN payout_instructions`);
  }
}
