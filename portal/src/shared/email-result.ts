import type { EmailBatchFieldsFragment } from '../gql/graphql';
import { failureText } from './errors';

/** What a compose-and-queue request did, in words for a toast. */
export function describeEmailBatch(result: EmailBatchFieldsFragment): { ok: boolean; summary: string; detail: string } {
  switch (result.__typename) {
    case 'EmailsQueued':
      return { ok: true, summary: 'Emails queued', detail: `${result.queued} personalised message(s) in the outbox.` };
    case 'InvalidEmailTemplateError':
      return {
        ok: false,
        summary: 'The email has problems',
        detail:
          result.problems.map((p) => `${p.field}: ${p.placeholder} (${p.reason.toLowerCase().replace(/_/g, ' ')})`).join('; ') ||
          result.message,
      };
    default:
      return { ok: false, summary: 'No email sent', detail: failureText(result, 'Failed') };
  }
}
