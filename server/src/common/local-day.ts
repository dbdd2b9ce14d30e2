import { BadInputError } from './errors';
import { MAX_FILTER_YEAR, MIN_FILTER_YEAR } from './input-values';

/**
 * Date filters people pick from a calendar are days of the program's time zone (settings), not of
 * UTC nor of the browser: "14 March" in Pacific/Auckland runs from 13 March 11:00 UTC to 14 March
 * 11:00 UTC. A list shows its dates in that zone, so filtering for the day shown on a row finds it.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A `YYYY-MM-DD` day of a filter, checked (a real calendar day, years PostgreSQL takes). */
export function requireLocalDay(value: string, name: string): string {
  const match = typeof value === 'string' ? DAY.exec(value) : null;
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (
    !match ||
    !date ||
    date.getUTCMonth() !== Number(match[2]) - 1 ||
    date.getUTCDate() !== Number(match[3]) ||
    date.getUTCFullYear() < MIN_FILTER_YEAR ||
    date.getUTCFullYear() > MAX_FILTER_YEAR - 1
  ) {
    throw new BadInputError(`"${name}" must be a day written YYYY-MM-DD, between ${MIN_FILTER_YEAR} and ${MAX_FILTER_YEAR - 1}`);
  }
  return value;
}

/** The program's time zone, once per statement (an uncorrelated subquery: the column's index still serves the range). */
export function programZoneSql(programIdParam: string): string {
  return `(SELECT tz_pr.timezone FROM program tz_pr WHERE tz_pr.id = :${programIdParam})`;
}

/** The instant a program-local day starts, as SQL; `plusDays` 1 gives the end of an inclusive "to" day. */
export function localDayStartSql(dayParam: string, programIdParam: string, plusDays = 0): string {
  const day = plusDays ? `(CAST(:${dayParam} AS date) + ${Math.trunc(plusDays)})` : `CAST(:${dayParam} AS date)`;
  return `(CAST(${day} AS timestamp) AT TIME ZONE ${programZoneSql(programIdParam)})`;
}
