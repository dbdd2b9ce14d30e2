import { RequestContext } from '../common/request-context';
import { Program } from '../programs/program.entity';
import { Partner } from '../partners/partner.entity';
import { Account } from './account.entity';
import { ActorProfile } from './request-actor';
import { Viewer, ViewerKind } from './auth.types';

/** `profile` is what request authentication already read; without it (just signed in) it is read here. */
export async function viewerOf(ctx: RequestContext, profile: ActorProfile | null = null): Promise<Viewer> {
  const actor = ctx.authenticatedActor;
  const program = profile?.program ?? (await ctx.manager.getRepository(Program).findOneByOrFail({ id: actor.programId }));
  const account =
    profile || !(actor.kind === 'MERCHANT' || actor.kind === 'PARTNER')
      ? null
      : await ctx.manager.getRepository(Account).findOneBy({ id: actor.accountId });
  const partner =
    actor.kind !== 'PARTNER'
      ? null
      : (profile?.partner ?? (await ctx.manager.getRepository(Partner).findOneBy({ programId: actor.programId, id: actor.partnerId })));
  return Object.assign(new Viewer(), {
    kind: actor.kind === 'SYSTEM' ? ViewerKind.API_KEY : ViewerKind[actor.kind],
    label: actor.label,
    displayName: profile ? profile.displayName : (account?.displayName ?? null),
    merchantRole: actor.kind === 'MERCHANT' ? actor.role : null,
    apiKeyScope: actor.kind === 'API_KEY' ? actor.scope : null,
    emailVerified: profile ? profile.emailVerified : account ? account.emailVerifiedAt !== null : null,
    twoFactorEnabled: profile ? profile.twoFactorEnabled : account ? account.twoFactorEnabledAt !== null : null,
    twoFactorEnrolmentRequired: actor.kind === 'MERCHANT' && actor.twoFactorEnrolmentRequired === true,
    program: { id: program.id, name: program.name, currency: program.currency, timezone: program.timezone, locale: program.locale },
    partner,
  });
}
