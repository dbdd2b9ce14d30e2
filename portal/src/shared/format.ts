import { computed } from 'vue';
import { formatMoney as formatMoneyIn } from '@partnerbook/shared';
import { useSession } from './session';

/**
 * The portal's one formatting module: every date, number and amount a person reads goes through
 * here, in the program's locale and time zone (Settings → program), whoever looks at it and from
 * wherever. A day a filter names is a day of that time zone too, so filtering for the date shown
 * on a row finds the row. Before sign-in (no program): en-US and the browser's time zone.
 */

const FALLBACK_LOCALE = 'en-US';

function browserZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

const session = useSession();

/** The locale and time zone in force: the signed-in program's. */
export function displaySettings(): { locale: string; timeZone: string } {
  const program = session.viewer.value?.program;
  return { locale: program?.locale || FALLBACK_LOCALE, timeZone: program?.timezone || browserZone() };
}

const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Each maker falls back to en-US/UTC for a locale or zone this browser does not know, rather than break the page. */
function dateFormatter(style: 'date' | 'dateTime' | 'time', locale: string, timeZone: string): Intl.DateTimeFormat {
  return cached(`${style}|${locale}|${timeZone}`, () => {
    const options: Intl.DateTimeFormatOptions =
      style === 'date' ? { dateStyle: 'medium' } : style === 'time' ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' };
    try {
      return new Intl.DateTimeFormat(locale, { ...options, timeZone });
    } catch {
      return new Intl.DateTimeFormat(FALLBACK_LOCALE, { ...options, timeZone: 'UTC' });
    }
  });
}

/**
 * Builds the date formatters of the current locale and time zone ahead of need, in an idle moment
 * (a page calls it while its queries are out): the first Intl date formatter of a page costs
 * several milliseconds (it loads the locale's data), which otherwise lands in the task that shows the page.
 */
export function prepareFormatters(): void {
  const { locale, timeZone } = displaySettings();
  for (const style of ['date', 'dateTime'] as const) dateFormatter(style, locale, timeZone);
}

function valid(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A date as people read it in the program's locale, on its day in the program's time zone. */
export function formatDate(iso: string | null | undefined): string {
  const date = valid(iso);
  if (!date) return '—';
  const { locale, timeZone } = displaySettings();
  return dateFormatter('date', locale, timeZone).format(date);
}

/** A date and time, in the program's time zone. */
export function formatDateTime(iso: string | null | undefined): string {
  const date = valid(iso);
  if (!date) return '—';
  const { locale, timeZone } = displaySettings();
  return dateFormatter('dateTime', locale, timeZone).format(date);
}

/** An amount of money in minor units, in the program's locale (never converted between currencies). */
export function formatMoney(value: { amount: number | string; currency: string }): string {
  const { locale } = displaySettings();
  try {
    return formatMoneyIn(value, locale);
  } catch {
    return formatMoneyIn(value, FALLBACK_LOCALE);
  }
}

/** A count or other plain number, grouped the program's way. */
export function formatNumber(value: number | bigint): string {
  const { locale } = displaySettings();
  return cached(`number|${locale}`, () => {
    try {
      return new Intl.NumberFormat(locale);
    } catch {
      return new Intl.NumberFormat(FALLBACK_LOCALE);
    }
  }).format(value);
}

/** The `YYYY-MM-DD` day an instant falls on in a time zone (the program's by default). */
export function localDayOf(iso: string | Date, timeZone = displaySettings().timeZone): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** How far a time zone is ahead of UTC at an instant, in milliseconds. */
function zoneOffsetMs(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The instant a `YYYY-MM-DD` day starts in a time zone (the program's by default), plus `plusDays`
 * whole days (1: the end of an inclusive "to" day). For the filters whose API takes instants.
 */
export function localDayStart(day: string, plusDays = 0, timeZone = displaySettings().timeZone): string {
  const [y, m, d] = day.split('-').map(Number);
  const wallClock = Date.UTC(y, m - 1, d + plusDays);
  // Two passes settle days whose midnight is near a daylight-saving change.
  let instant = wallClock - zoneOffsetMs(new Date(wallClock), timeZone);
  instant = wallClock - zoneOffsetMs(new Date(instant), timeZone);
  return new Date(instant).toISOString();
}

/** "Times in Pacific/Auckland": which time zone the page's dates are in. */
export const timeZoneNote = computed(() => `Times in ${displaySettings().timeZone.replace(/_/g, ' ')}`);
