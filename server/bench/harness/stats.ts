/** Small statistics and formatting for measurements (timings, not money). */

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const formats = new Map<number, Intl.NumberFormat>();
/** Fixed decimals, no grouping. */
export function fixed(value: number, digits: number): string {
  let format = formats.get(digits);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false });
    formats.set(digits, format);
  }
  return format.format(value);
}

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
export const count = (value: number) => grouped.format(value);

/** Two significant figures or so, for rates and ratios that span orders of magnitude. */
export function rounded(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 100) return count(value);
  if (abs >= 10) return fixed(value, 1);
  if (abs >= 1) return fixed(value, 2);
  return fixed(value, 3);
}

export function duration(ms: number): string {
  if (ms >= 60_000) return `${fixed(ms / 60_000, 1)} min`;
  if (ms >= 1_000) return `${fixed(ms / 1000, 2)} s`;
  if (ms >= 1) return `${fixed(ms, ms >= 100 ? 0 : 1)} ms`;
  return `${fixed(ms * 1000, ms >= 0.1 ? 0 : 1)} µs`;
}

export const megabytes = (bytes: number) => `${fixed(bytes / 1024 / 1024, 1)} MB`;
