import { formatMoney } from '@partnerbook/shared';
import type { TestApp } from '../support/test-app';
import { loginAs } from '../support/fixtures';

/** GraphQL as a given user, failing loudly on errors (the e2e checks the UI against it). */
export function apiAs(app: TestApp, token: string) {
  return async <T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await app.gql<T>(query, variables, token);
    if (response.errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(response.errors)}`);
    return response.data as T;
  };
}

export async function tokenFor(app: TestApp, email: string, password: string): Promise<string> {
  return loginAs(app, email, password);
}

export const money = (value: { amount: number; currency: string }) => formatMoney(value);
export const moneyList = (values: { amount: number; currency: string }[]) => (values.length ? values.map(money).join(' · ') : '—');
