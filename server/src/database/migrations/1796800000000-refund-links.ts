import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What each refund did: the unpaid commissions it reduced (ADJUSTED) and the clawbacks it created
 * (CLAWBACK). A retried refundSale answers exactly these, and `Refund.commissions`/`clawbacks` read
 * them. Earlier refunds are linked from what they left behind: their clawbacks carry the description
 * "Refund <external id>" on the same sale, and their adjustments were audited in the refund's
 * transaction (same `created_at`, which is the transaction's start time).
 */
export class RefundLinks1796800000000 implements MigrationInterface {
  name = 'RefundLinks1796800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE refund_commission (
        refund_id uuid NOT NULL REFERENCES refund(id),
        commission_id uuid NOT NULL REFERENCES commission(id),
        program_id uuid NOT NULL,
        effect text NOT NULL CHECK (effect IN ('ADJUSTED', 'CLAWBACK')),
        position int NOT NULL,
        PRIMARY KEY (refund_id, commission_id)
      )`);
    await queryRunner.query(`CREATE INDEX refund_commission_commission_idx ON refund_commission (commission_id)`);
    await queryRunner.query(`
      INSERT INTO refund_commission (refund_id, commission_id, program_id, effect, position)
      SELECT r.id, c.id, r.program_id, 'CLAWBACK', row_number() OVER (PARTITION BY r.id ORDER BY c.clawback_of_id)
        FROM refund r JOIN commission c ON c.sale_id = r.sale_id AND c.kind = 'CLAWBACK' AND c.description = 'Refund ' || r.external_id
      ON CONFLICT DO NOTHING`);
    await queryRunner.query(`
      INSERT INTO refund_commission (refund_id, commission_id, program_id, effect, position)
      SELECT r.id, c.id, r.program_id, 'ADJUSTED', row_number() OVER (PARTITION BY r.id ORDER BY c.id)
        FROM refund r
        JOIN audit_entry a ON a.program_id = r.program_id AND a.action = 'sale.refund' AND a.entity_id = r.sale_id::text
                          AND a.changes->>'refundId' = r.id::text
        JOIN audit_entry adj ON adj.program_id = r.program_id AND adj.action = 'commission.refundAdjust'
                            AND adj.created_at = a.created_at
        JOIN commission c ON c.id = adj.entity_id::uuid AND c.sale_id = r.sale_id
      ON CONFLICT DO NOTHING`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE refund_commission`);
  }
}
