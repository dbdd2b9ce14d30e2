import { Request } from 'express';
import { DataSource } from 'typeorm';
import { logger } from '../logger';
import { RequestContext } from '../common/request-context';
import { Caller } from '../common/graphql-context';
import { ActorResolver, ResolvedActor } from '../auth/request-actor';
import { hashSecret } from '../auth/password';

/**
 * Who sends a request, from its bearer token (a session or an API key), for every transport:
 * GraphQL and the export downloads both start here.
 */

export function bearerOf(req: Request): string | null {
  const header = req.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match ? match[1] : null;
}

const actorResolvers = new WeakMap<DataSource, ActorResolver>();
const resolvedActors = new WeakMap<Request, Promise<ResolvedActor | null>>();

/** The request's actor and profile from its bearer token (session or API key), looked up once per request. */
export function resolveRequestActor(dataSource: DataSource, req: Request): Promise<ResolvedActor | null> {
  let resolved = resolvedActors.get(req);
  if (!resolved) {
    let resolver = actorResolvers.get(dataSource);
    if (!resolver) actorResolvers.set(dataSource, (resolver = new ActorResolver(dataSource)));
    const token = bearerOf(req);
    resolved = token ? resolver.resolve(token, tokenHashOf(req, token)) : Promise.resolve(null);
    resolvedActors.set(req, resolved);
  }
  return resolved;
}

/** Resolves the request's actor from its bearer token (session or API key). */
export async function contextForRequest(dataSource: DataSource, req: Request): Promise<RequestContext> {
  const actor = (await resolveRequestActor(dataSource, req))?.actor ?? null;
  return new RequestContext(dataSource, actor, dataSource.manager, logger.child({ actor: actor?.label }));
}

/** Whose budget a request spends: per account (all its sessions), per API key, or per address when anonymous. */
export function callerOf(resolved: ResolvedActor | null, req: Request): Caller {
  const actor = resolved?.actor;
  if (actor?.kind === 'API_KEY') return { key: `api-key:${actor.apiKeyId}`, anonymous: false };
  if (actor?.kind === 'MERCHANT' || actor?.kind === 'PARTNER') return { key: `account:${actor.accountId}`, anonymous: false };
  return { key: `address:${req.ip ?? 'unknown'}`, anonymous: true };
}

const tokenHashes = new WeakMap<Request, string>();

/** The bearer token's hash, as sessions and API keys are stored; computed once per request. */
function tokenHashOf(req: Request, token: string): string {
  let hash = tokenHashes.get(req);
  if (hash === undefined) tokenHashes.set(req, (hash = hashSecret(token)));
  return hash;
}

/** Known before any lookup: the bearer token (hashed) or, without one, the address. */
export function requestKeyOf(req: Request): string {
  const token = bearerOf(req);
  return token ? `token:${tokenHashOf(req, token)}` : `address:${req.ip ?? 'unknown'}`;
}
