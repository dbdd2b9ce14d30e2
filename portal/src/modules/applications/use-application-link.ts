/** The public application page of a program and the checks its address must pass (the API checks again). */

/** Lowercase letters and digits in words joined by single hyphens, 3–60 characters (as the API requires). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isValidSlug(slug: string): boolean {
  return slug.length >= 3 && slug.length <= 60 && SLUG_PATTERN.test(slug);
}

/** A slug suggested from the program's name: "Acme Outdoor GmbH" → "acme-outdoor-gmbh". */
export function suggestSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** The full address applicants open: `<origin>/join/<slug>`. */
export function applicationLink(origin: string, slug: string): string {
  return `${origin.replace(/\/+$/, '')}/join/${encodeURIComponent(slug)}`;
}

/** Copies the link; says whether it worked (clipboards can be refused by the browser). */
export async function copyText(text: string, clipboard: Pick<Clipboard, 'writeText'> | undefined = globalThis.navigator?.clipboard) {
  if (!clipboard) return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
