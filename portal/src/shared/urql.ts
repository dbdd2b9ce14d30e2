import { Client, cacheExchange, fetchExchange, mapExchange } from '@urql/core';
import { currentToken, setSession } from './session';

export function createUrqlClient(onUnauthenticated: () => void): Client {
  return new Client({
    url: '/graphql',
    // Apollo's CSRF prevention rejects urql's GET queries (no preflight header): always POST.
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    fetchOptions: (): RequestInit => {
      const token = currentToken();
      const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
      return { headers };
    },
    exchanges: [
      mapExchange({
        onResult(result) {
          const expired = result.error?.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
          if (expired && currentToken()) {
            setSession(null);
            onUnauthenticated();
          }
          return result;
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
  });
}
