import { computed, ref } from 'vue';
import { useMutation, useQuery, type AnyVariables } from '@urql/vue';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useToast } from 'primevue/usetoast';
import { EmailPlaceholdersDocument, type EmailBatchFieldsFragment, type EmailTopic } from '../../gql/graphql';
import { errorMessage } from '../../shared/errors';
import { describeEmailBatch } from '../../shared/email-result';

export interface EmailDraft {
  subject: string;
  body: string;
}

/**
 * Compose-and-queue for EmailComposeDialog: whether the dialog is open, the topic's placeholders
 * (fetched once it opens), and sending through the page's mutation with the outcome as a toast;
 * the dialog closes when the emails were queued.
 */
export function useEmailCompose<T, V extends AnyVariables>(options: {
  topic: EmailTopic;
  mutation: TypedDocumentNode<T, V>;
  variables: (email: EmailDraft) => V;
  batch: (data: T) => EmailBatchFieldsFragment;
}) {
  const toast = useToast();
  const open = ref(false);
  const placeholderList = useQuery({
    query: EmailPlaceholdersDocument,
    variables: { topic: options.topic },
    pause: computed(() => !open.value),
  });
  const placeholders = computed(() => placeholderList.data.value?.emailPlaceholders);
  const mutation = useMutation(options.mutation);
  async function send(email: EmailDraft) {
    const result = await mutation.executeMutation(options.variables(email));
    if (!result.data) {
      toast.add({ severity: 'error', summary: 'Email failed', detail: errorMessage(result.error) ?? '', life: 6000 });
      return;
    }
    const outcome = describeEmailBatch(options.batch(result.data));
    toast.add({ severity: outcome.ok ? 'success' : 'warn', summary: outcome.summary, detail: outcome.detail, life: 6000 });
    if (outcome.ok) open.value = false;
  }
  return { open, placeholders, busy: mutation.fetching, send };
}
