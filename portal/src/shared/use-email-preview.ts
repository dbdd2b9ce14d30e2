import { ref, watch, type Ref } from 'vue';
import type { CombinedError } from '@urql/vue';
import { errorMessage } from './errors';

export interface AudienceMember {
  partnerId: string;
  name: string;
}

/** What a preview query answers: the rendered message, or an ErrorResult saying why there is none. */
export type PreviewAnswer =
  { __typename: 'EmailPreview'; recipient: string; subject: string; body: string } | { __typename: string; message?: string };

export type ShownPreview = { recipient: string; subject: string; body: string } | string | null;

/**
 * The preview of an email before it is sent, as one chosen recipient will receive it (the server
 * renders it with the sending code). `render` asks the page's preview query; the chosen recipient
 * follows the audience's sample (the first one unless the person picked another still in it).
 */
export function useEmailPreview(
  sample: Ref<readonly AudienceMember[] | undefined>,
  render: (
    email: { subject: string; body: string },
    partnerId: string | undefined,
  ) => Promise<{ answer?: PreviewAnswer | null; error?: CombinedError }>,
) {
  const previewPartnerId = ref('');
  const preview = ref<ShownPreview>(null);
  watch(
    sample,
    (members) => {
      if (members && !members.some((m) => m.partnerId === previewPartnerId.value)) previewPartnerId.value = members[0]?.partnerId ?? '';
    },
    { immediate: true },
  );
  async function showPreview(email: { subject: string; body: string }) {
    const { answer, error } = await render(email, previewPartnerId.value || undefined);
    if (!answer) preview.value = errorMessage(error) ?? 'The preview failed; try again.';
    else if (answer.__typename === 'EmailPreview' && 'recipient' in answer) preview.value = answer;
    else preview.value = ('message' in answer && answer.message) || 'Nothing to preview.';
  }
  return { previewPartnerId, preview, showPreview, clearPreview: () => (preview.value = null) };
}
