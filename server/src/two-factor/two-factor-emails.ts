/** Emails telling a person their second sign-in step changed (queued with queueAccountEmail). */
export function twoFactorEnabledEmail(input: { name: string; programName: string }) {
  return {
    subject: `Two-factor sign-in is on for your ${input.programName} login`,
    body: [
      `Hello ${input.name},`,
      '',
      `Two-factor sign-in was just turned on for your ${input.programName} login: from now on, signing in also asks`,
      'for a code from your authenticator app (or one of your recovery codes). Keep the recovery codes somewhere safe.',
      'If this was not you, reset your password from the sign-in page now and tell the program’s administrators.',
    ].join('\n'),
  };
}

export function twoFactorDisabledEmail(input: { name: string; programName: string }) {
  return {
    subject: `Two-factor sign-in was turned off for your ${input.programName} login`,
    body: [
      `Hello ${input.name},`,
      '',
      `Two-factor sign-in was just turned off for your ${input.programName} login: signing in now needs only your password.`,
      'If this was not you, reset your password from the sign-in page now and tell the program’s administrators.',
    ].join('\n'),
  };
}
