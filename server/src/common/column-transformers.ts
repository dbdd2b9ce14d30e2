import { ValueTransformer } from 'typeorm';

/** PostgreSQL bigint arrives as a string; amounts are bounded far below 2^53, so a number is exact. */
export const bigintToNumber: ValueTransformer = {
  from: (value: string | null) => (value === null || value === undefined ? value : Number(value)),
  to: (value: number | null) => value,
};

/** char(3) currency codes. */
export const trimmed: ValueTransformer = {
  from: (value: string | null) => (typeof value === 'string' ? value.trim() : value),
  to: (value: string | null) => value,
};
