/** What the recovery codes panel copies and downloads: one code per line, with a heading saying what they are. */
export function recoveryCodesText(codes: readonly string[], account: string, programName: string): string {
  return [
    `Partnerbook recovery codes for ${account} (${programName})`,
    'Each code signs you in once when your authenticator app is not at hand. Keep them somewhere safe.',
    '',
    ...codes,
    '',
  ].join('\n');
}

/** A file name for the download: the program's name, made safe for a file system. */
export function recoveryCodesFileName(programName: string): string {
  const slug = programName
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `partnerbook-recovery-codes${slug ? `-${slug}` : ''}.txt`;
}

/** The authenticator key in groups of four characters, easier to type by hand. */
export function groupedKey(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}
