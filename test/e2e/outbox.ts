import { queryRows, type TestApp } from '../support/test-app';

// The emails the server queued (its outbox table), read by the e2e tests to follow links a person would click.

export interface OutboxMessage {
  subject: string;
  body: string;
}

/** The newest email queued for `recipient` (only account emails with `accountOnly`), or undefined when there is none. */
export async function newestEmail(app: TestApp, recipient: string, accountOnly = false): Promise<OutboxMessage | undefined> {
  const [message] = await queryRows<OutboxMessage>(
    app,
    `SELECT subject, body FROM email_message
      WHERE recipient = $1 AND ($2::boolean IS FALSE OR topic = 'ACCOUNT')
      ORDER BY created_at DESC, id DESC LIMIT 1`,
    [recipient, accountOnly],
  );
  return message;
}

/** The link to `path` (e.g. `set-password`) in the newest email to `recipient`, pointed at this test's server. */
export async function linkFromOutbox(app: TestApp, recipient: string, path: string, accountOnly = true): Promise<string> {
  const match = new RegExp(`/${path}#token=[A-Za-z0-9_-]+`).exec((await newestEmail(app, recipient, accountOnly))?.body ?? '');
  if (!match) throw new Error(`no ${path} link in the outbox for ${recipient}`);
  return `${app.url}${match[0]}`;
}
