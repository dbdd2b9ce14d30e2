import { AuthCheckerFn } from 'type-graphql';
import { AuthRole, RequestContext, rolesOf } from '../common/request-context';
import { ForbiddenError, UnauthenticatedError } from '../common/errors';

/**
 * The one auth checker: `@Authorized()` needs any signed-in actor, `@Authorized(roles…)`
 * needs one of the roles. Ownership (which partner, which program) is enforced in services.
 */
export const authChecker: AuthCheckerFn<{ ctx: RequestContext }, AuthRole> = ({ context }, roles) => {
  const actor = context.ctx.actor;
  // Anonymous callers are told to sign in (UNAUTHENTICATED), not that they lack a role.
  if (!actor) throw new UnauthenticatedError();
  if (roles.length === 0) return true;
  const granted = rolesOf(actor);
  // Thrown here so every refusal carries our FORBIDDEN code (type-graphql's own says UNAUTHORIZED).
  if (!roles.some((role) => granted.includes(role))) throw new ForbiddenError(`This needs one of: ${roles.join(', ')}`);
  return true;
};
