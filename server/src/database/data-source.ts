import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { Program } from '../programs/program.entity';
import { Partner } from '../partners/partner.entity';
import { Customer } from '../customers/customer.entity';
import { Product } from '../products/product.entity';
import { Refund, Sale } from '../sales/sale.entity';
import { Commission } from '../commissions/commission.entity';
import { AuditEntry } from '../audit/audit-entry.entity';
import { Account, Session } from '../auth/account.entity';
import { ApiKey } from '../auth/api-key.entity';
import { InitialLedger1763700000000 } from './migrations/1763700000000-initial-ledger';
import { Payment } from '../payments/payment.entity';
import { Payments1763812300000 } from './migrations/1763812300000-payments';
import { OverviewIndexes1763900000000 } from './migrations/1763900000000-overview-indexes';
import { EmailAttempt, EmailMessage } from '../emails/email-message.entity';
import { EmailOutbox1763800000000 } from './migrations/1763800000000-email-outbox';

export const entities = [
  Program,
  Partner,
  Customer,
  Product,
  Sale,
  Refund,
  Commission,
  AuditEntry,
  Account,
  Session,
  ApiKey,
  EmailMessage,
  EmailAttempt,
  Payment,
];

/** Listed explicitly: a glob of .ts files does not load under vitest. */
export const migrations = [InitialLedger1763700000000, EmailOutbox1763800000000, Payments1763812300000, OverviewIndexes1763900000000];

export function createDataSource(url: string, options: { poolSize?: number } = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    extra: { max: options.poolSize ?? 20, application_name: 'partnerbook' },
  });
}

/** Connects and brings the schema up to date. */
export async function openDatabase(url: string, options: { poolSize?: number } = {}): Promise<DataSource> {
  const dataSource = createDataSource(url, options);
  await dataSource.initialize();
  await dataSource.runMigrations();
  return dataSource;
}
