import fs from 'node:fs';
import path from 'node:path';
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { parseEncryptionKey } from '../config';

/**
 * Two-factor (TOTP) secrets at rest: AES-256-GCM (node:crypto) with a key from the configuration
 * (TWO_FACTOR_ENCRYPTION_KEY, base64 of 32 bytes). A stored secret reads
 * `tfa1:<key id>:<iv>:<ciphertext>:<tag>` (base64url parts); the key id (the first 8 hex digits of
 * the key's SHA-256) says which key sealed it, so keys rotate: the new key goes in
 * TWO_FACTOR_ENCRYPTION_KEY, the old ones in TWO_FACTOR_PREVIOUS_KEYS, and sealTwoFactorSecrets
 * (run at start-up) re-seals everything with the current key. The login's id (table login: two-factor
 * sign-in is the person's, for every program) is the associated data: a sealed secret copied onto
 * another login does not open.
 * A value without the prefix is a secret stored before encryption existed: it is still read (so
 * nobody is locked out between the upgrade and the next start) and sealed at the next start.
 */
export interface TwoFactorKeyring {
  currentId: string;
  keys: ReadonlyMap<string, Buffer>;
}

const PREFIX = 'tfa1';

export const keyIdOf = (key: Buffer) => createHash('sha256').update(key).digest('hex').slice(0, 8);

export function keyringOf(current: Buffer, previous: Buffer[] = []): TwoFactorKeyring {
  const keys = new Map<string, Buffer>();
  for (const key of [current, ...previous]) keys.set(keyIdOf(key), key);
  return { currentId: keyIdOf(current), keys };
}

export function sealSecret(secret: string, loginId: string, ring: TwoFactorKeyring): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', ring.keys.get(ring.currentId)!, iv);
  cipher.setAAD(Buffer.from(loginId));
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return [PREFIX, ring.currentId, iv.toString('base64url'), sealed.toString('base64url'), cipher.getAuthTag().toString('base64url')].join(
    ':',
  );
}

export const isSealed = (stored: string) => stored.startsWith(`${PREFIX}:`);

/** The secret in `stored` (sealed, or plain from before encryption); throws for a key it does not have or a tampered value. */
export function openSecret(stored: string, loginId: string, ring: TwoFactorKeyring): string {
  if (!isSealed(stored)) return stored;
  const [, keyId, iv, sealed, tag] = stored.split(':');
  const key = ring.keys.get(keyId);
  if (!key) throw new Error(`A two-factor secret is sealed with key ${keyId}, which is not configured (TWO_FACTOR_PREVIOUS_KEYS)`);
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(loginId));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64url')), decipher.final()]).toString('utf8');
}

/**
 * The configured keys; without TWO_FACTOR_ENCRYPTION_KEY (development and tests only: production
 * refuses to start, see config.ts) a key generated once into `<dataDir>/two-factor.key`, so the
 * quick start needs no setting.
 */
export function loadTwoFactorKeyring(settings: { twoFactorEncryptionKey?: string; twoFactorPreviousKeys?: string[]; dataDir: string }) {
  const previous = (settings.twoFactorPreviousKeys ?? []).map((raw) => parseEncryptionKey(raw, 'TWO_FACTOR_PREVIOUS_KEYS'));
  if (settings.twoFactorEncryptionKey)
    return keyringOf(parseEncryptionKey(settings.twoFactorEncryptionKey, 'TWO_FACTOR_ENCRYPTION_KEY'), previous);
  const file = path.join(settings.dataDir, 'two-factor.key');
  fs.mkdirSync(settings.dataDir, { recursive: true });
  try {
    fs.writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    // Made already (by an earlier start, or by a second process starting at this moment).
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  let text = fs.readFileSync(file, 'utf8');
  // A concurrent writer may have created the file but not yet filled it.
  for (let attempt = 0; text.trim() === '' && attempt < 50; attempt++) text = fs.readFileSync(file, 'utf8');
  return keyringOf(parseEncryptionKey(text, file), previous);
}

/**
 * Seals every two-factor secret not sealed with the current key: plaintext ones from before
 * encryption, and ones sealed with a previous key (rotation). Idempotent; main.ts runs it at
 * start-up. Answers how many logins it re-sealed.
 */
export async function sealTwoFactorSecrets(dataSource: DataSource, ring: TwoFactorKeyring): Promise<number> {
  const current = `${PREFIX}:${ring.currentId}:%`;
  const rows = await dataSource.query<{ id: string; two_factor_secret: string | null; two_factor_pending_secret: string | null }[]>(
    `SELECT id, two_factor_secret, two_factor_pending_secret FROM login
      WHERE (two_factor_secret IS NOT NULL AND two_factor_secret NOT LIKE $1)
         OR (two_factor_pending_secret IS NOT NULL AND two_factor_pending_secret NOT LIKE $1)`,
    [current],
  );
  const reseal = (stored: string | null, id: string) => (stored === null ? null : sealSecret(openSecret(stored, id, ring), id, ring));
  for (const row of rows) {
    // Only if unchanged meanwhile (an enrolment or sign-in racing the start-up).
    await dataSource.query(
      `UPDATE login SET two_factor_secret = $2, two_factor_pending_secret = $3
        WHERE id = $1 AND two_factor_secret IS NOT DISTINCT FROM $4 AND two_factor_pending_secret IS NOT DISTINCT FROM $5`,
      [
        row.id,
        reseal(row.two_factor_secret, row.id),
        reseal(row.two_factor_pending_secret, row.id),
        row.two_factor_secret,
        row.two_factor_pending_secret,
      ],
    );
  }
  return rows.length;
}
