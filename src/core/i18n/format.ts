import { LOCALE_OF, type Lang } from './catalog';
import { PROGRAMME_TIME_ZONE } from '../time/helsinki';

/** Dates, numbers and euros in the user's language; times shown in Helsinki time. */

export function formatEuro(value: number, lang: Lang, fractionDigits = 0): string {
  return new Intl.NumberFormat(LOCALE_OF[lang], { style: 'currency', currency: 'EUR', minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(value);
}

export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(LOCALE_OF[lang], { maximumFractionDigits }).format(value);
}

export function formatPercent(value0to100: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE_OF[lang], { style: 'percent', maximumFractionDigits: 0 }).format(value0to100 / 100);
}

/** A calendar day `YYYY-MM-DD` as people write it (14.3.2025 / 14.3.2025 / 14 Mar 2025). */
export function formatDay(day: string, lang: Lang): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(LOCALE_OF[lang], { day: 'numeric', month: lang === 'en' ? 'short' : 'numeric', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** An instant as Helsinki date and time. */
export function formatDateTime(instant: string | Date, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE_OF[lang], { day: 'numeric', month: lang === 'en' ? 'short' : 'numeric', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: PROGRAMME_TIME_ZONE }).format(new Date(instant));
}
