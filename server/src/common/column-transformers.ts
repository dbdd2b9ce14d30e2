import { MinorUnits, minorUnits } from '@partnerbook/shared';
import { ValueTransformer } from 'typeorm';

/**
 * PostgreSQL bigint arrives as a string. For single amounts (a sale, a commission, a flat rule):
 * inputs are capped at MAX_ABS_AMOUNT, far below 2^53, so a number is exact; minorUnits() still
 * refuses to round should that ever stop holding.
 */
export const bigintToNumber: ValueTransformer = {
  from: (value: string | null) => (value === null || value === undefined ? value : Number(minorUnits(value))),
  to: (value: number | null) => value,
};

/** Amounts that are sums (a payment covers many commissions): exact at any size, a bigint beyond 2^53. */
export const bigintToMinorUnits: ValueTransformer = {
  from: (value: string | null): MinorUnits | null => (value === null || value === undefined ? value : minorUnits(value)),
  to: (value: MinorUnits | null) => (value === null || value === undefined ? value : String(value)),
};

/** char(3) currency codes. */
export const trimmed: ValueTransformer = {
  from: (value: string | null) => (typeof value === 'string' ? value.trim() : value),
  to: (value: string | null) => value,
};
