/** How a program's time zone and locale are checked: every date and number the portal and emails show follows them. */

/** An IANA time zone name in ICU's spelling ("America/Argentina/Buenos_Aires" → "America/Buenos_Aires"), or null. */
export function canonicalTimeZone(value: string): string | null {
  // Names only: no offsets ("+01:00") or paths, which some runtimes also accept.
  if (!/^[A-Za-z][A-Za-z_]*(\/[A-Za-z0-9_+-]+){0,2}$/.test(value) || value.length > 64) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** A BCP 47 locale tag in its canonical spelling ("de-de" → "de-DE"), or null when it is not one. */
export function canonicalLocale(value: string): string | null {
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value)) return null;
  try {
    const [canonical] = Intl.getCanonicalLocales(value);
    return canonical ?? null;
  } catch {
    return null;
  }
}
