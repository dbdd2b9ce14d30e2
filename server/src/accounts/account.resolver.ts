import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { AuthRole } from '../common/request-context';
import { GraphQLContext } from '../common/graphql-context';
import { loadConfig } from '../config';
import { ChangePasswordInput, RequestPasswordResetInput, ResetPasswordInput } from './account.inputs';
import { AccountSession, ChangePasswordResult, PasswordResetRequested, ResetPasswordResult } from './account.types';
import {
  AccountEnvironment,
  changePassword,
  listMySessions,
  requestPasswordReset,
  resetPassword,
  revokeMyOtherSessions,
  revokeMySession,
} from './account.service';
import { UUIDScalar } from '../common/scalars';
import { ConfirmEmailChangeInput, RequestMyEmailChangeInput } from './email-change.inputs';
import { ConfirmEmailChangeResult, RequestMyEmailChangeResult } from './email-change.types';
import { cancelMyEmailChange, confirmEmailChange, requestMyEmailChange } from './email-change.service';

const config = loadConfig();
const environment = ({ clock }: GraphQLContext): AccountEnvironment => ({ clock, publicUrl: config.publicUrl });

/** What everyone who signs in manages for themselves: password and sessions. */
@Resolver()
export class AccountResolver {
  @Authorized(AuthRole.ACCOUNT)
  @Mutation(() => ChangePasswordResult, { description: 'Changes the signed-in person’s password and ends their other sessions' })
  changePassword(
    @Arg('input', { description: 'The current password and the new one' }) input: ChangePasswordInput,
    @Ctx() context: GraphQLContext,
  ): Promise<typeof ChangePasswordResult> {
    return changePassword(context.ctx, input, context);
  }

  @Mutation(() => PasswordResetRequested, {
    description: 'Emails a password reset link if the address has a login (the answer never says)',
  })
  requestPasswordReset(
    @Arg('input', { description: "The login's email" }) input: RequestPasswordResetInput,
    @Ctx() context: GraphQLContext,
  ): Promise<PasswordResetRequested> {
    return requestPasswordReset(context.ctx, input, environment(context));
  }

  @Mutation(() => ResetPasswordResult, { description: 'Sets a new password with the emailed link’s token; ends every session' })
  resetPassword(
    @Arg('input', { description: "The link's token and the new password" }) input: ResetPasswordInput,
    @Ctx() context: GraphQLContext,
  ): Promise<typeof ResetPasswordResult> {
    return resetPassword(context.ctx, input, environment(context));
  }

  @Authorized(AuthRole.ACCOUNT)
  @Query(() => [AccountSession], { description: 'The signed-in person’s open sessions, newest first' })
  mySessions(@Ctx() { ctx, token }: GraphQLContext): Promise<AccountSession[]> {
    return listMySessions(ctx, token);
  }

  @Authorized(AuthRole.ACCOUNT)
  @Mutation(() => Boolean, { description: 'Ends one of the signed-in person’s sessions; false if it had ended already' })
  revokeMySession(
    @Arg('id', () => UUIDScalar, { description: 'One of your sessions (AccountSession.id)' }) id: string,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<boolean> {
    return revokeMySession(ctx, id);
  }

  @Authorized(AuthRole.ACCOUNT)
  @Mutation(() => Int, { description: 'Ends every session of the signed-in person but this one; returns how many' })
  revokeMyOtherSessions(@Ctx() { ctx, token }: GraphQLContext): Promise<number> {
    return revokeMyOtherSessions(ctx, token);
  }

  @Authorized(AuthRole.ACCOUNT)
  @Mutation(() => RequestMyEmailChangeResult, {
    description:
      'Asks to change the signed-in person’s sign-in email (password required): a confirmation link goes to the new address, a notice to the old one; nothing changes until the link is opened. The answer never says whether the new address is used',
  })
  requestMyEmailChange(
    @Arg('input', { description: 'The new sign-in email and the current password' }) input: RequestMyEmailChangeInput,
    @Ctx() context: GraphQLContext,
  ): Promise<typeof RequestMyEmailChangeResult> {
    return requestMyEmailChange(context.ctx, input, environment(context), context);
  }

  @Authorized(AuthRole.ACCOUNT)
  @Mutation(() => Boolean, {
    description:
      'Withdraws the signed-in person’s pending sign-in email change (me.pendingEmail): its confirmation link stops working. False when none was pending',
  })
  cancelMyEmailChange(@Ctx() context: GraphQLContext): Promise<boolean> {
    return cancelMyEmailChange(context.ctx, environment(context));
  }

  @Mutation(() => ConfirmEmailChangeResult, {
    description:
      'Opens an email-change link (no sign-in needed): the sign-in email switches to the confirmed address, the login’s other sessions end, the old address is told',
  })
  confirmEmailChange(
    @Arg('input', { description: 'The token from the emailed link' }) input: ConfirmEmailChangeInput,
    @Ctx() context: GraphQLContext,
  ): Promise<typeof ConfirmEmailChangeResult> {
    return confirmEmailChange(context.ctx, input, environment(context), context.token);
  }
}
