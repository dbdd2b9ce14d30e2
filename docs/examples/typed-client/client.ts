import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/** A GraphQL error as Partnerbook answers it: `extensions.code` is a value of the schema's ErrorCode enum. */
export class PartnerbookError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly status: number,
  ) {
    super(message);
    this.name = 'PartnerbookError';
  }
}

/**
 * The smallest typed client: one POST per operation with an API key. The document's type carries
 * both the variables it takes and the data it answers, so a wrong variable or a misspelt field is
 * a compile error, and result unions are switched on `__typename`.
 */
export class PartnerbookClient {
  constructor(
    private readonly endpoint: string,
    private readonly apiKey: string,
  ) {}

  async request<Result, Variables>(document: TypedDocumentNode<Result, Variables>, variables: Variables): Promise<Result> {
    const response = await fetch(this.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.apiKey}` },
      body: JSON.stringify({ query: print(document), variables }),
    });
    const body = (await response.json()) as { data?: Result; errors?: { message: string; extensions?: { code?: string } }[] };
    const [error] = body.errors ?? [];
    if (error) throw new PartnerbookError(error.message, error.extensions?.code, response.status);
    if (!body.data) throw new PartnerbookError(`HTTP ${response.status} without data`, undefined, response.status);
    return body.data;
  }
}
