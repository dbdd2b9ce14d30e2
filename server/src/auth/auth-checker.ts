import { AuthCheckerFn } from 'type-graphql';
import { AuthRole, RequestContext, rolesOf } from '../common/request-context';

/**
 * The one auth checker: `@Authorized()` needs any signed-in actor, `@Authorized(roles…)`
 * needs one of the roles. Ownership (which partner, which program) is enforced in services.
 */
export const authChecker: AuthCheckerFn<{ ctx: RequestContext }, AuthRole> = ({ context }, roles) => {
  const actor = context.ctx.actor;
  if (!actor) return false;
  if (roles.length === 0) return true;
  const granted = rolesOf(actor);
  return roles.some((role) => granted.includes(role));
};
