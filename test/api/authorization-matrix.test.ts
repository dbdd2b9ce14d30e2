import { randomUUID } from 'node:crypto';
import {
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAppSchema } from '../../server/src/schema';
import { errorCode, queryRows, startTestApp, TestApp } from '../support/test-app';
import { createProgramFixture, ProgramFixture } from '../support/fixtures';
import { graphql } from '../gql';

/**
 * Every root query and mutation × every kind of caller. Arguments are generated from the
 * schema (valid types, ids that exist nowhere), so a new operation is swept automatically —
 * and fails here until its expected policy is written down below.
 */
type Actor = 'anonymous' | 'partnerA' | 'partnerB' | 'admin' | 'viewer' | 'otherAdmin' | 'apiRead' | 'apiWrite';
const ACTORS: Actor[] = ['anonymous', 'partnerA', 'partnerB', 'admin', 'viewer', 'otherAdmin', 'apiRead', 'apiWrite'];

const PUBLIC: Actor[] = [...ACTORS];
const SIGNED_IN: Actor[] = ACTORS.filter((a) => a !== 'anonymous');
const READ: Actor[] = ['admin', 'viewer', 'otherAdmin', 'apiRead', 'apiWrite'];
const WRITE: Actor[] = ['admin', 'otherAdmin', 'apiWrite'];
const ADMIN: Actor[] = ['admin', 'otherAdmin'];
const PARTNER: Actor[] = ['partnerA', 'partnerB'];
const READ_OR_PARTNER: Actor[] = [...READ, ...PARTNER];
/** People who sign in (not API keys): their own password and sessions. */
const PERSON: Actor[] = ['partnerA', 'partnerB', 'admin', 'viewer', 'otherAdmin'];
/** Merchant users (not partners, not API keys): two-factor sign-in. */
const MERCHANT_PERSON: Actor[] = ['admin', 'viewer', 'otherAdmin'];

/** Who may call each root field (tenancy and ownership are tested elsewhere). */
export const POLICY: Record<string, Actor[]> = {
  // Query
  me: SIGNED_IN,
  myPrograms: SIGNED_IN,
  program: READ,
  apiKeys: ADMIN,
  auditLog: READ,
  auditActors: READ,
  auditActions: READ,
  events: READ,
  webhookEndpoints: READ,
  webhookDeliveries: READ,
  webhookEventTypes: READ,
  partners: READ,
  partner: READ,
  products: READ,
  customers: READ,
  customer: READ,
  sales: READ_OR_PARTNER,
  sale: READ_OR_PARTNER,
  commissions: READ,
  pendingCommissions: READ,
  commission: READ_OR_PARTNER,
  myCommissions: PARTNER,
  rewards: READ,
  // Mutation
  login: PUBLIC,
  logout: SIGNED_IN,
  createApiKey: ADMIN,
  revokeApiKey: ADMIN,
  updateProgramSettings: WRITE,
  createPartner: WRITE,
  updatePartner: WRITE,
  cancelPartnerEmailChange: WRITE,
  changeMyPayoutDetails: PARTNER,
  endPartnerSessions: ADMIN,
  setPartnerPayoutMethod: ADMIN,
  recentPayoutDetailChanges: READ,
  createProduct: WRITE,
  updateProduct: WRITE,
  trackReferral: WRITE,
  recordSales: WRITE,
  recordManualSale: WRITE,
  refundSale: WRITE,
  approveCommissions: WRITE,
  cancelCommissions: WRITE,
  reinstateCommissions: WRITE,
  createManualReward: WRITE,
  // Emails (issue 4)
  emailPlaceholders: READ,
  emailOutbox: READ,
  myMessages: PARTNER,
  emailCommissionPartners: WRITE,
  emailPendingPaymentPartners: WRITE,
  pendingPaymentEmailAudience: READ,
  previewPendingPaymentEmail: READ,
  commissionEmailAudience: READ,
  previewCommissionPartnersEmail: READ,
  previewPartnersEmail: READ,
  emailPartners: WRITE,
  resendEmail: WRITE,
  paypalPayoutPlan: READ,
  // Payouts (issue 3)
  pendingPayments: READ,
  payPartners: WRITE,
  payPreview: READ,
  voidPayment: WRITE,
  payments: READ,
  myPayments: PARTNER,
  payment: READ_OR_PARTNER,
  commissionHistory: READ_OR_PARTNER,
  // Webhooks (issue 13)
  createWebhookEndpoint: WRITE,
  updateWebhookEndpoint: WRITE,
  deleteWebhookEndpoint: WRITE,
  rotateWebhookSecret: WRITE,
  redeliverWebhook: WRITE,
  sendWebhookTestEvent: WRITE,
  replayWebhookEvents: WRITE,
  // Overview
  programOverview: READ,
  myOverview: PARTNER,
  needsAttention: READ,
  myNextPayment: PARTNER,
  // Accounts (issue 12)
  mySessions: PERSON,
  changePassword: PERSON,
  requestPasswordReset: PUBLIC,
  requestMyEmailChange: PERSON,
  confirmEmailChange: PUBLIC,
  cancelMyEmailChange: PERSON,
  resetPassword: PUBLIC,
  revokeMySession: PERSON,
  switchProgram: SIGNED_IN,
  revokeMyOtherSessions: PERSON,
  teamMembers: ADMIN,
  teamInvitations: ADMIN,
  inviteTeamMember: ADMIN,
  revokeTeamInvitation: ADMIN,
  changeTeamMemberRole: ADMIN,
  changeTeamMemberEmail: ADMIN,
  cancelTeamMemberEmailChange: ADMIN,
  removeTeamMember: ADMIN,
  teamInvitation: PUBLIC,
  acceptTeamInvitation: PUBLIC,
  signupOptions: PUBLIC,
  signUp: PUBLIC,
  verifyEmail: PUBLIC,
  pendingSignUp: PUBLIC,
  confirmSignUp: PUBLIC,
  programApplicationForm: PUBLIC,
  applyToProgram: PUBLIC,
  updateApplicationSettings: ADMIN,
  approvePartnerApplication: ADMIN,
  declinePartnerApplication: ADMIN,
  resendEmailVerification: PERSON,
  // Two-factor sign-in (issue 12)
  myTwoFactor: MERCHANT_PERSON,
  startTwoFactorEnrolment: MERCHANT_PERSON,
  confirmTwoFactorEnrolment: MERCHANT_PERSON,
  disableTwoFactor: MERCHANT_PERSON,
  regenerateRecoveryCodes: MERCHANT_PERSON,
  completeTwoFactorLogin: PUBLIC,
  setTwoFactorRequirement: ADMIN,
};

function sampleValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType);
  if (isListType(type)) return [sampleValue(type.ofType)];
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) value[field.name] = sampleValue(field.type);
    }
    return value;
  }
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
      case 'UUID':
        return randomUUID();
      case 'CurrencyCode':
        return 'USD';
      case 'String':
        return `sweep-${randomUUID().slice(0, 8)}@example.test`;
      case 'Int':
        return 1;
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'Amount':
      case 'MinorUnits':
        return 100;
      case 'DateTimeISO':
        return new Date().toISOString();
      case 'JSONObject':
        return {};
    }
  }
  throw new Error(`no sample for ${String(type)}`);
}

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const required = field.args.filter((arg: GraphQLArgument) => isNonNullType(arg.type) && arg.defaultValue === undefined);
  const declarations = required.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const args = required.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  const variables = Object.fromEntries(required.map((arg) => [arg.name, sampleValue(arg.type)]));
  return {
    query: `${kind} Sweep${declarations ? `(${declarations})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`,
    variables,
  };
}

/** One root field of a generic sweep's answer (`data` is unknown: the sweep's documents are built at run time). */
function rootField(data: unknown, name: string): unknown {
  return typeof data === 'object' && data !== null ? (Object.entries(data).find(([key]) => key === name)?.[1] ?? null) : null;
}

const ME = graphql(`
  query AuthorizationMatrixMe {
    me {
      kind
    }
  }
`);
const LOGOUT = graphql(`
  mutation AuthorizationMatrixLogout {
    logout
  }
`);
const CREATE_KEY = graphql(`
  mutation AuthorizationMatrixCreateKey {
    createApiKey(input: { name: "temp", scope: READ }) {
      secret
      apiKey {
        id
      }
    }
  }
`);
const PROGRAM = graphql(`
  query AuthorizationMatrixProgram {
    program {
      id
    }
  }
`);
const REVOKE_KEY = graphql(`
  mutation AuthorizationMatrixRevokeKey($id: UUID!) {
    revokeApiKey(id: $id) {
      revokedAt
    }
  }
`);

let app: TestApp;
let fx: ProgramFixture;
let other: ProgramFixture;
let schema: GraphQLSchema;
let tokens: Record<Actor, string | null>;

beforeAll(async () => {
  app = await startTestApp();
  [fx, other] = [await createProgramFixture(app), await createProgramFixture(app)];
  schema = await buildAppSchema();
  tokens = { anonymous: null, ...fx.tokens, otherAdmin: other.tokens.admin };
});
afterAll(async () => app?.close());

describe('authorization matrix', () => {
  it('has a policy for every root field of the schema', () => {
    const fields = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())];
    expect(fields.filter((field) => !POLICY[field])).toEqual([]);
  });

  for (const actor of ACTORS) {
    it(`enforces the policy for ${actor}`, async () => {
      const outcomes: string[] = [];
      const expected: string[] = [];
      for (const [kind, type] of [
        ['query', schema.getQueryType()!],
        ['mutation', schema.getMutationType()!],
      ] as const) {
        for (const field of Object.values(type.getFields())) {
          // logout would end the session the rest of this sweep uses; it has its own test.
          if (field.name === 'logout' || !POLICY[field.name]) continue;
          const { query, variables } = operationFor(kind, field);
          const response = await app.gqlUntypedProbe(query, variables, tokens[actor]);
          const code = errorCode(response);
          const denied = code === 'UNAUTHENTICATED' || code === 'FORBIDDEN';
          if (denied) expect(rootField(response.data, field.name)).toBeNull();
          outcomes.push(`${field.name}: ${denied ? `denied (${code})` : 'allowed'}`);
          const allowed = POLICY[field.name].includes(actor);
          expected.push(`${field.name}: ${allowed ? 'allowed' : `denied (${actor === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN'})`}`);
        }
      }
      expect(outcomes).toEqual(expected);
    });
  }

  it('logout ends the session: the token no longer works', async () => {
    const { loginAs } = await import('../support/fixtures');
    const [{ email }] = await queryRows<{ email: string }>(
      app,
      `SELECT l.email FROM account a JOIN login l ON l.id = a.login_id WHERE a.program_id = $1 AND a.merchant_role = 'VIEWER'`,
      [fx.programId],
    );
    const token = await loginAs(app, email, 'correct horse battery');
    expect((await app.gql(ME, {}, token)).data?.me.kind).toBe('MERCHANT');
    expect((await app.gql(LOGOUT, {}, token)).data?.logout).toBe(true);
    const after = await app.gql(ME, {}, token);
    expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('rejects unknown, malformed and revoked credentials as anonymous', async () => {
    for (const header of ['pbs_not-a-real-token', 'pbk_not-a-real-key', 'garbage']) {
      const response = await app.gql(ME, {}, header);
      expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const { secret, apiKey } = (await app.gqlData(CREATE_KEY, {}, fx.tokens.admin)).createApiKey;
    expect((await app.gql(PROGRAM, {}, secret)).data?.program.id).toBe(fx.programId);
    await app.gqlData(REVOKE_KEY, { id: apiKey.id }, fx.tokens.admin);
    expect((await app.gql(PROGRAM, {}, secret)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
