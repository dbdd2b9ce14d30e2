import { RequestContext } from '../common/request-context';
import { Partner } from '../partners/partner.entity';
import { emailPartners } from './email.service';

/** A welcome email to two demo partners: the worker delivers it (to .data/mail without SMTP_URL) on start. */
export async function seedDemoEmails(ctx: RequestContext, partners: { alice: Partner; bob: Partner }): Promise<void> {
  await emailPartners(ctx, {
    partnerIds: [partners.alice.id, partners.bob.id],
    email: {
      subject: 'Welcome to {{program.name}}, {{partner.name}}',
      body: 'Hello {{partner.name}},\n\nThanks for promoting us with your key {{partner.key}}.\nYour approved balance today: {{balance}}.\n\nThe partner team',
    },
  });
}
