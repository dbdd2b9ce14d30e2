import { DataSource, EntityMetadata } from 'typeorm';
import { ApiKeyScope, MerchantRole } from '@partnerbook/shared';
import { Actor, poolQuery } from '../common/request-context';
import { AppConfig, loadConfig } from '../config';
import { Partner } from '../partners/partner.entity';
import { hashSecret } from './password';

export const SESSION_PREFIX = 'pbs';
export const API_KEY_PREFIX = 'pbk';

/** What `me` shows about the actor, read in the same statement as the actor itself. */
export interface ActorProfile {
  displayName: string | null;
  /** Null for API keys, which have no address. */
  emailVerified: boolean | null;
  /** Whether two-factor sign-in is on for the login; null for API keys. */
  twoFactorEnabled: boolean | null;
  program: { id: string; name: string; currency: string; timezone: string; locale: string };
  partner: Partner | null;
}

export interface ResolvedActor {
  actor: Actor;
  profile: ActorProfile;
}

/** `alias."column" AS "prefix_column"` for every column of an entity, and a way back to the entity. */
function entityColumns(metadata: EntityMetadata, alias: string, prefix: string) {
  const select = metadata.columns.map((column) => `${alias}."${column.databaseName}" AS "${prefix}${column.databaseName}"`).join(', ');
  const hydrate = (dataSource: DataSource, row: Record<string, unknown>) => {
    const entity = metadata.create() as Record<string, unknown>;
    for (const column of metadata.columns) {
      entity[column.propertyName] = dataSource.driver.prepareHydratedValue(row[`${prefix}${column.databaseName}`], column);
    }
    return entity;
  };
  return { select, hydrate };
}

interface SessionRow extends Record<string, unknown> {
  account_id: string;
  program_id: string;
  email: string;
  display_name: string;
  kind: 'MERCHANT' | 'PARTNER';
  merchant_role: MerchantRole | null;
  partner_id: string | null;
  email_verified: boolean;
  two_factor_enabled: boolean;
  two_factor_enrolment_required: boolean;
  program_name: string;
  program_currency: string;
  program_timezone: string;
  program_locale: string;
}

interface ApiKeyRow {
  id: string;
  program_id: string;
  scope: ApiKeyScope;
  name: string;
  program_name: string;
  program_currency: string;
  program_timezone: string;
  program_locale: string;
}

/** How long a session lasts: SESSION_TTL_HOURS since it was last used, at most SESSION_MAX_DAYS since sign-in. */
export interface SessionLifetime {
  ttlHours: number;
  maxDays: number;
}

export function sessionLifetimeOf(config: AppConfig): SessionLifetime {
  return { ttlHours: config.sessionTtlHours, maxDays: config.sessionMaxDays };
}

/**
 * Resolves a bearer token (session or API key) to its actor and profile in one statement, or
 * null when unknown, expired or revoked. Raw SQL and hand-built rows: this runs on every request.
 */
export class ActorResolver {
  /** The one statement that resolves a session token (the dashboard benchmark replays it raw). */
  readonly sessionSql: string;
  private readonly hydratePartner: (dataSource: DataSource, row: Record<string, unknown>) => Record<string, unknown>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionLifetime = sessionLifetimeOf(loadConfig()),
  ) {
    const partner = entityColumns(dataSource.getMetadata(Partner), 'p', 'partner_');
    this.hydratePartner = partner.hydrate;
    // Sliding expiry: a session used in the second half of its lifetime gets a full one again, but
    // never beyond SESSION_MAX_DAYS after sign-in; at most one write per session per half-lifetime.
    this.sessionSql = `
      WITH s AS (
        SELECT id, account_id, created_at, expires_at FROM session
         WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > now()
      ), slid AS (
        UPDATE session SET expires_at = least(now() + make_interval(hours => $2), s.created_at + make_interval(days => $3))
          FROM s
         WHERE session.id = s.id
           AND s.expires_at < now() + make_interval(hours => $2) / 2
           AND s.expires_at < s.created_at + make_interval(days => $3)
      )
      SELECT a.id AS account_id, a.program_id, l.email, a.display_name, a.kind, a.merchant_role, a.partner_id,
             l.email_verified_at IS NOT NULL AS email_verified,
             l.two_factor_enabled_at IS NOT NULL AS two_factor_enabled,
             (a.kind = 'MERCHANT' AND a.merchant_role = 'ADMIN' AND pr.require_two_factor_for_admins AND l.two_factor_enabled_at IS NULL)
               AS two_factor_enrolment_required,
             pr.name AS program_name, pr.currency AS program_currency, pr.timezone AS program_timezone, pr.locale AS program_locale,
             ${partner.select}
        FROM s
        JOIN account a ON a.id = s.account_id
        JOIN login l ON l.id = a.login_id
        JOIN program pr ON pr.id = a.program_id
        LEFT JOIN partner p ON p.program_id = a.program_id AND p.id = a.partner_id`;
  }

  /** `tokenHash` is hashSecret(bearer), when the caller has it already. */
  async resolve(bearer: string, tokenHash = hashSecret(bearer)): Promise<ResolvedActor | null> {
    if (bearer.startsWith(`${API_KEY_PREFIX}_`)) return this.apiKey(tokenHash);
    if (bearer.startsWith(`${SESSION_PREFIX}_`)) return this.session(tokenHash);
    return null;
  }

  private async session(tokenHash: string): Promise<ResolvedActor | null> {
    const [row] = await poolQuery<SessionRow>(this.dataSource, this.sessionSql, [tokenHash, this.sessions.ttlHours, this.sessions.maxDays]);
    if (!row) return null;
    const program = {
      id: row.program_id,
      name: row.program_name,
      currency: row.program_currency.trim(),
      timezone: row.program_timezone,
      locale: row.program_locale,
    };
    if (row.kind === 'MERCHANT') {
      return {
        actor: {
          kind: 'MERCHANT',
          accountId: row.account_id,
          programId: row.program_id,
          role: row.merchant_role!,
          label: row.email,
          ...(row.two_factor_enrolment_required ? { twoFactorEnrolmentRequired: true } : {}),
        },
        profile: {
          displayName: row.display_name,
          emailVerified: row.email_verified,
          twoFactorEnabled: row.two_factor_enabled,
          program,
          partner: null,
        },
      };
    }
    const partner = row.partner_id ? (this.hydratePartner(this.dataSource, row) as unknown as Partner) : null;
    return {
      actor: { kind: 'PARTNER', accountId: row.account_id, programId: row.program_id, partnerId: row.partner_id!, label: row.email },
      profile: {
        displayName: row.display_name,
        emailVerified: row.email_verified,
        twoFactorEnabled: row.two_factor_enabled,
        program,
        partner,
      },
    };
  }

  /** Also notes when the key was last used, at most once a minute (not a write per request). */
  private async apiKey(keyHash: string): Promise<ResolvedActor | null> {
    const [row] = await poolQuery<ApiKeyRow>(
      this.dataSource,
      `WITH k AS (
         SELECT id, program_id, scope, name, last_used_at FROM api_key WHERE key_hash = $1 AND revoked_at IS NULL
       ), touched AS (
         UPDATE api_key SET last_used_at = now() FROM k
          WHERE api_key.id = k.id AND (k.last_used_at IS NULL OR k.last_used_at < now() - interval '1 minute')
       )
       SELECT k.id, k.program_id, k.scope, k.name, pr.name AS program_name, pr.currency AS program_currency,
              pr.timezone AS program_timezone, pr.locale AS program_locale
         FROM k JOIN program pr ON pr.id = k.program_id`,
      [keyHash],
    );
    if (!row) return null;
    return {
      actor: { kind: 'API_KEY', apiKeyId: row.id, programId: row.program_id, scope: row.scope, label: `api-key:${row.name}` },
      profile: {
        displayName: null,
        emailVerified: null,
        twoFactorEnabled: null,
        program: {
          id: row.program_id,
          name: row.program_name,
          currency: row.program_currency.trim(),
          timezone: row.program_timezone,
          locale: row.program_locale,
        },
        partner: null,
      },
    };
  }
}
