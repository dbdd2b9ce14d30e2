import { RequestContext } from '../common/request-context';
import { Program } from '../programs/program.entity';
import { Partner } from '../partners/partner.entity';
import { ActorProfile } from './request-actor';
import { Viewer, ViewerKind } from './auth.types';

/** `profile` is what request authentication already read; without it (just signed in) it is read here. */
export async function viewerOf(ctx: RequestContext, profile: ActorProfile | null = null): Promise<Viewer> {
  const actor = ctx.authenticatedActor;
  const program = profile?.program ?? (await ctx.manager.getRepository(Program).findOneByOrFail({ id: actor.programId }));
  const account =
    profile || !(actor.kind === 'MERCHANT' || actor.kind === 'PARTNER')
      ? null
      : ((
          await ctx.query<{ display_name: string; email_verified: boolean; two_factor_enabled: boolean }>(
            `SELECT a.display_name, l.email_verified_at IS NOT NULL AS email_verified, l.two_factor_enabled_at IS NOT NULL AS two_factor_enabled
               FROM account a JOIN login l ON l.id = a.login_id WHERE a.id = $1`,
            [actor.accountId],
          )
        )[0] ?? null);
  const partner =
    actor.kind !== 'PARTNER'
      ? null
      : (profile?.partner ?? (await ctx.manager.getRepository(Partner).findOneBy({ programId: actor.programId, id: actor.partnerId })));
  return Object.assign(new Viewer(), {
    kind: actor.kind === 'SYSTEM' ? ViewerKind.API_KEY : ViewerKind[actor.kind],
    label: actor.label,
    displayName: profile ? profile.displayName : (account?.display_name ?? null),
    merchantRole: actor.kind === 'MERCHANT' ? actor.role : null,
    apiKeyScope: actor.kind === 'API_KEY' ? actor.scope : null,
    emailVerified: profile ? profile.emailVerified : account ? account.email_verified : null,
    twoFactorEnabled: profile ? profile.twoFactorEnabled : account ? account.two_factor_enabled : null,
    twoFactorEnrolmentRequired: actor.kind === 'MERCHANT' && actor.twoFactorEnrolmentRequired === true,
    program: { id: program.id, name: program.name, currency: program.currency, timezone: program.timezone, locale: program.locale },
    partner,
  });
}
