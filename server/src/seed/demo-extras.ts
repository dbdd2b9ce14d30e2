import { ApiKeyScope } from '@partnerbook/shared';
import { RequestContext } from '../common/request-context';
import { Partner } from '../partners/partner.entity';

/** Hook for later domains (payments, emails) to add their demo records. */
export async function demoExtras(
  _ctx: RequestContext,
  _partners: { alice: Partner; bob: Partner; carol: Partner; apiKeyScope: ApiKeyScope },
): Promise<void> {}
