/**
 * A percentage typed by a person ("12.5", "7", "0.25") as integer basis points (1250, 700, 25),
 * with string arithmetic only: no float ever rounds a rate. At most two decimals, 0–100 %.
 */
export function parsePercentToBps(input: string): { ok: true; bps: number } | { ok: false; error: string } {
  const text = input.trim().replace(/\s*%$/, '');
  if (!text) return { ok: false, error: 'Enter a percentage' };
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text);
  if (!match) return { ok: false, error: 'A percentage like 12.5 (at most two decimals)' };
  const bps = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  if (bps > 10_000) return { ok: false, error: 'At most 100 %' };
  return { ok: true, bps };
}

/** Basis points shown as a percentage, again without floats: 1250 → "12.5". */
export function formatBpsAsPercent(bps: number): string {
  const whole = Math.trunc(bps / 100);
  const fraction = String(bps % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}
