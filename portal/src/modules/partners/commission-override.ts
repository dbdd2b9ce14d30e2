import { formatMoney, type MoneyValue } from '../../shared/money';

export interface RuleValue {
  type: 'PERCENT' | 'FLAT';
  rateBps?: number | null;
  flatAmount?: MoneyValue | null;
}

/** "12.5" (percent, up to two decimals, 0–100) → 1250 basis points, or why not. Never through a float. */
export function parsePercentBps(input: string): { ok: true; bps: number } | { ok: false; error: string } {
  const text = input.trim().replace(/\s*%$/, '').replace(',', '.');
  const match = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) return { ok: false, error: 'Enter a percentage such as 12.5' };
  const bps = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  if (bps > 10_000) return { ok: false, error: 'At most 100 %' };
  return { ok: true, bps };
}

/** The override in words: "12.5 % of each sale", "$5.00 per sale", or "None (product rules apply)". */
export function describeRule(rule: RuleValue | null | undefined): string {
  if (!rule) return 'None: the product rules apply';
  if (rule.type === 'PERCENT') {
    const bps = rule.rateBps ?? 0;
    const whole = Math.floor(bps / 100);
    const fraction = bps % 100;
    const percent = fraction === 0 ? `${whole}` : `${whole}.${String(fraction).padStart(2, '0').replace(/0$/, '')}`;
    return `${percent} % of each sale`;
  }
  return rule.flatAmount ? `${formatMoney(rule.flatAmount)} per sale` : 'A flat amount per sale';
}
