import { randomUUID } from 'node:crypto';
import { RequestContext } from '../common/request-context';

/**
 * The program_id of outbox messages that belong to no program yet (a sign-up's confirmation link,
 * before its program exists): no program has the nil UUID, so no merchant's outbox shows them.
 */
export const NO_PROGRAM_ID = '00000000-0000-0000-0000-000000000000';

export interface AccountEmail {
  programId: string;
  accountId: string | null;
  recipient: string;
  subject: string;
  body: string;
}

/**
 * Queues an email about a login (password reset, invitation) in the outbox, for the worker to
 * deliver like any other. Its topic is ACCOUNT: such messages carry live links, so the merchant's
 * outbox views never show them (see listOutbox).
 */
export async function queueAccountEmail(tx: RequestContext, email: AccountEmail): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO email_message (program_id, batch_id, topic, partner_id, account_id, recipient, subject, body, created_by)
     VALUES ($1, $2, 'ACCOUNT', NULL, $3, $4, $5, $6, $7) RETURNING id`,
    [email.programId, randomUUID(), email.accountId, email.recipient, email.subject, email.body, tx.actor?.label ?? 'anonymous'],
  );
  return row.id;
}

export function passwordResetEmail(input: { name: string; programName: string; link: string; validMinutes: number }) {
  return {
    subject: `Reset your ${input.programName} password`,
    body: [
      `Hello ${input.name},`,
      '',
      `Someone (hopefully you) asked to reset the password of your ${input.programName} login.`,
      `Open this link within ${input.validMinutes} minutes to choose a new one; it works once:`,
      '',
      input.link,
      '',
      'If you did not ask for this, ignore this email: your password stays as it is.',
    ].join('\n'),
  };
}

export function passwordChangedEmail(input: { name: string; programName: string }) {
  return {
    subject: `Your ${input.programName} password was changed`,
    body: [
      `Hello ${input.name},`,
      '',
      `The password of your ${input.programName} login was just changed, and your other sessions were signed out.`,
      'If this was not you, reset your password from the sign-in page now and tell the program’s administrators.',
    ].join('\n'),
  };
}

export function welcomeEmail(input: { name: string; programName: string; link: string }) {
  return {
    subject: `Welcome to the ${input.programName} partner program`,
    body: [
      `Hello ${input.name},`,
      '',
      `You are now a partner of ${input.programName}. Choose your password to sign in to the partner portal,`,
      'where you see your referrals, commissions and payments. The link works once, for 7 days:',
      '',
      input.link,
      '',
      'If it has expired, use "Forgot password" on the sign-in page with this address.',
    ].join('\n'),
  };
}

/**
 * A partner welcome for an address that has a Partnerbook login already (another program): no
 * set-password link (it would take the login over), they sign in with the password they have.
 */
export function welcomeExistingLoginEmail(input: { name: string; programName: string; signInLink: string }) {
  return {
    subject: `Welcome to the ${input.programName} partner program`,
    body: [
      `Hello ${input.name},`,
      '',
      `You are now a partner of ${input.programName}. This address has a Partnerbook login already:`,
      'sign in with your existing password, then choose the program in the program switcher.',
      '',
      input.signInLink,
      '',
      'If you do not remember the password, use "Forgot password" on the sign-in page with this address.',
    ].join('\n'),
  };
}

export function emailVerificationEmail(input: { name: string; programName: string; link: string }) {
  return {
    subject: `Confirm your email address for ${input.programName}`,
    body: [
      `Hello ${input.name},`,
      '',
      `You started the ${input.programName} program on Partnerbook with this address. Open this link to confirm it`,
      '(it works once, for 7 days):',
      '',
      input.link,
      '',
      'If you did not sign up, ignore this email.',
    ].join('\n'),
  };
}

/**
 * The link of a sign-up started on the sign-in page (single use, 24 hours). The address may have
 * a login already: then the email (only its owner reads it) says the link adds the program to it
 * and asks for that login's password; the API's answer to the form never differs.
 */
export function signupConfirmationEmail(input: { name: string; programName: string; link: string; hasLogin: boolean }) {
  return {
    subject: `Confirm your new program ${input.programName}`,
    body: [
      `Hello ${input.name},`,
      '',
      `Someone (hopefully you) asked to start the program ${input.programName} on Partnerbook with this address.`,
      ...(input.hasLogin
        ? [
            'You already have a Partnerbook login with this address: the program is added to it, and you confirm',
            'with your existing password (the password typed on the sign-up form is not used).',
          ]
        : ['Open the link to start it: you become its admin and are signed in.']),
      'The link works once, for 24 hours:',
      '',
      input.link,
      '',
      'If you did not ask for this, ignore this email: nothing is created.',
    ].join('\n'),
  };
}

export function payoutDetailsChangedEmail(input: {
  name: string;
  programName: string;
  by: 'PARTNER' | 'MERCHANT';
  /** true: only the PayPal address changed (previous/next are addresses); false: the method (descriptions). */
  paypal: boolean;
  previous: string | null;
  next: string | null;
}) {
  const what = input.paypal
    ? `The PayPal address your ${input.programName} commissions are paid to was just changed`
    : `How your ${input.programName} commissions are paid was just changed`;
  return {
    subject: `Your ${input.programName} payout details were changed`,
    body: [
      `Hello ${input.name},`,
      '',
      input.by === 'MERCHANT' ? `${what} by the program's team` : what,
      `from ${input.previous ?? '(none)'} to ${input.next ?? '(none)'}.`,
      input.by === 'MERCHANT'
        ? 'If this is not what you asked for, tell the program’s administrators before the next payout.'
        : 'If this was not you, reset your password from the sign-in page now and tell the program’s administrators:',
      ...(input.by === 'MERCHANT' ? [] : ['payouts in the next 48 hours are flagged for them to check.']),
    ].join('\n'),
  };
}

export function applicationReceivedEmail(input: { name: string; programName: string }) {
  return {
    subject: `We received your application to ${input.programName}`,
    body: [
      `Hello ${input.name},`,
      '',
      `Thank you for applying to the ${input.programName} partner program. The team will review your application;`,
      'if it is approved, you will get an email with a link to choose your password and sign in.',
      '',
      'If you did not apply, ignore this email.',
    ].join('\n'),
  };
}

/** To someone the program already knows (partner or applicant) who applied again: nothing new was created. */
export function applicationKnownEmail(input: { name: string; programName: string }) {
  return {
    subject: `Your application to ${input.programName}`,
    body: [
      `Hello ${input.name},`,
      '',
      `Someone (hopefully you) applied to the ${input.programName} partner program with this address,`,
      'which the program already knows: nothing new was created. If you are a partner already, sign in as usual',
      '(or use "Forgot password" on the sign-in page); if you applied before, your application is being reviewed.',
    ].join('\n'),
  };
}

export function applicationDeclinedEmail(input: { name: string; programName: string; reason: string }) {
  return {
    subject: `Your application to ${input.programName}`,
    body: [
      `Hello ${input.name},`,
      '',
      `Thank you for applying to the ${input.programName} partner program. Unfortunately, your application was declined.`,
      'The reason the team gave:',
      '',
      input.reason,
    ].join('\n'),
  };
}

export function emailChangeConfirmEmail(input: { name: string; programName: string; link: string; validHours: number }) {
  return {
    subject: `Confirm your new email address for ${input.programName}`,
    body: [
      `Hello ${input.name},`,
      '',
      `Someone asked to make this address the sign-in email of a ${input.programName} login on Partnerbook.`,
      `Open this link within ${input.validHours} hours to confirm it; it works once. Until then nothing changes:`,
      '',
      input.link,
      '',
      'If you did not expect this, ignore this email.',
    ].join('\n'),
  };
}

export function emailChangeRequestedEmail(input: { name: string; programName: string; newEmail: string; byMerchant: boolean }) {
  return {
    subject: `A change of your ${input.programName} sign-in email was requested`,
    body: [
      `Hello ${input.name},`,
      '',
      input.byMerchant
        ? `The ${input.programName} program asked to change the sign-in email of your login to ${input.newEmail}.`
        : `Someone signed in as you asked to change the sign-in email of your ${input.programName} login to ${input.newEmail}.`,
      'It changes only once the link sent to that address is opened; until then you sign in with this address.',
      'If this was not you or not expected, change your password and tell the program’s administrators.',
    ].join('\n'),
  };
}

export function emailChangedEmail(input: { name: string; programName: string; newEmail: string }) {
  return {
    subject: `Your ${input.programName} sign-in email was changed`,
    body: [
      `Hello ${input.name},`,
      '',
      `The sign-in email of your ${input.programName} login is now ${input.newEmail}; this address no longer signs in.`,
      'If this was not you, tell the program’s administrators now.',
    ].join('\n'),
  };
}
