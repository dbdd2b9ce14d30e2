import 'reflect-metadata';
import { GraphQLSchema } from 'graphql';
import { buildSchema, NonEmptyArray } from 'type-graphql';
import { authChecker } from './auth/auth-checker';
import { AuthResolver } from './auth/auth.resolver';
import { AccountResolver } from './accounts/account.resolver';
import { TwoFactorResolver } from './two-factor/two-factor.resolver';
import { TeamResolver } from './team/team.resolver';
import { SignupResolver } from './signup/signup.resolver';
import { ProgramResolver } from './programs/program.resolver';
import { PartnerResolver } from './partners/partner.resolver';
import { ApplicationResolver } from './applications/application.resolver';
import { ProductResolver } from './products/product.resolver';
import { CustomerResolver } from './customers/customer.resolver';
import { SaleResolver } from './sales/sale.resolver';
import { markOneOfInputs } from './common/one-of';
import { describeOperations } from './common/schema-docs';
import { RefundResolver } from './sales/refund.resolver';
import { ViewerResolver } from './auth/viewer.resolver';
import { CommissionSaleResolver } from './commissions/commission-sale.resolver';
import { CommissionResolver } from './commissions/commission.resolver';
import { RewardResolver } from './rewards/reward.resolver';
import { AuditResolver } from './audit/audit.resolver';
import { EventResolver } from './events/event.resolver';
import { WebhookResolver } from './webhooks/webhook.resolver';
import { NotFoundErrorResult } from './common/errors';
import { CommissionPaymentResolver, PartnerPaymentsResolver, PaymentResolver, PendingPaymentResolver } from './payments/payment.resolver';
import { EmailResolver } from './emails/email.resolver';
import { ExportResolver } from './exports/export.resolver';
import { OverviewResolver } from './overview/overview.resolver';
import { validateArgument } from './common/input-validation';
import { useDefaultResolversForPlainFields } from './common/plain-fields';
import { databaseFieldsOf } from './http/query-limits';
import { runInRequestSlots } from './http/resolver-slots';
import { fallBackFromStandby } from './http/read-routing-plugin';

/** Every resolver of the API; a new domain adds its resolver here. */
export const resolvers: NonEmptyArray<Function> = [
  AuthResolver,
  ViewerResolver,
  AccountResolver,
  TwoFactorResolver,
  TeamResolver,
  SignupResolver,
  ProgramResolver,
  PartnerResolver,
  ApplicationResolver,
  ProductResolver,
  CustomerResolver,
  SaleResolver,
  RefundResolver,
  CommissionResolver,
  CommissionSaleResolver,
  RewardResolver,
  AuditResolver,
  EventResolver,
  WebhookResolver,
  EmailResolver,
  ExportResolver,
  PaymentResolver,
  CommissionPaymentResolver,
  PartnerPaymentsResolver,
  PendingPaymentResolver,
  OverviewResolver,
];

let cached: Promise<GraphQLSchema> | undefined;

export function buildAppSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers,
    orphanedTypes: [NotFoundErrorResult],
    authChecker,
    // Every argument, nested input objects included; no NUL characters anywhere.
    validateFn: (argValue) => validateArgument(argValue),
    emitSchemaFile: false,
  }).then((schema) => {
    markOneOfInputs(schema);
    describeOperations(schema);
    useDefaultResolversForPlainFields(schema);
    fallBackFromStandby(schema);
    runInRequestSlots(schema, databaseFieldsOf(schema));
    return schema;
  });
  return cached;
}
