import { ApiKeyScope } from '@partnerbook/shared';
import { RequestContext } from '../common/request-context';
import { Partner } from '../partners/partner.entity';
import { seedDemoPayments } from '../payments/demo-payments';
import { seedDemoEmails } from '../emails/demo-emails';

/** Hook for later domains (payments, emails) to add their demo records. */
export async function demoExtras(
  ctx: RequestContext,
  partners: { alice: Partner; bob: Partner; carol: Partner; apiKeyScope: ApiKeyScope },
): Promise<void> {
  await seedDemoPayments(ctx, partners);
  await seedDemoEmails(ctx, partners);
}
