import { AuthCheckerFn } from 'type-graphql';
import { AuthRole, RequestContext, rolesOf } from '../common/request-context';
import { ForbiddenError, TwoFactorEnrolmentRequiredError, UnauthenticatedError } from '../common/errors';
import { ENROLMENT_FIELDS } from '../two-factor/two-factor-rules';

/**
 * The one auth checker: `@Authorized()` needs any signed-in actor, `@Authorized(roles…)`
 * needs one of the roles. Ownership (which partner, which program) is enforced in services.
 */
export const authChecker: AuthCheckerFn<{ ctx: RequestContext }, AuthRole> = ({ context, info }, roles) => {
  const actor = context.ctx.actor;
  // Anonymous callers are told to sign in (UNAUTHENTICATED), not that they lack a role.
  if (!actor) throw new UnauthenticatedError();
  // An admin the program requires to use two-factor sign-in, who has not turned it on yet, may
  // only enrol (and see to their own login) until they do; fields below an allowed root are theirs.
  const root = info.parentType.name === 'Query' || info.parentType.name === 'Mutation';
  if (actor.kind === 'MERCHANT' && actor.twoFactorEnrolmentRequired && root && !ENROLMENT_FIELDS.has(info.fieldName)) {
    throw new TwoFactorEnrolmentRequiredError();
  }
  if (roles.length === 0) return true;
  const granted = rolesOf(actor);
  // Thrown here so every refusal carries our FORBIDDEN code (type-graphql's own says UNAUTHORIZED).
  if (!roles.some((role) => granted.includes(role))) throw new ForbiddenError(`This needs one of: ${roles.join(', ')}`);
  return true;
};
