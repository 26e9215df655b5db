// Money is integer cents and dates are UTC everywhere; this is the one place they become
// text. Every page, email and document formats amounts, counts, dates and month names here.

const moneyFormats = new Map<string, Intl.NumberFormat>();

function moneyFormat(currency: string, fractionDigits: number): Intl.NumberFormat {
  const key = `${currency}:${fractionDigits}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat("en-US", {
      style: "currency",
      currency: currency.toUpperCase(),
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    moneyFormats.set(key, format);
  }
  return format;
}

/** "$49" for whole amounts, "$49.50" otherwise, "-$12.34" below zero. */
export function formatMoney(cents: number, currency = "usd"): string {
  const amount = cents || 0; // -0 reads as "$0", not "-$0"
  return moneyFormat(currency, amount % 100 === 0 ? 0 : 2).format(amount / 100);
}

/** Rounded to whole units, for figures whose cents mean nothing: 13308000 → "$133,080". */
export function formatMoneyRounded(cents: number, currency = "usd"): string {
  return moneyFormat(currency, 0).format(Math.round(cents / 100) || 0);
}

const counts = new Intl.NumberFormat("en-US");

/** "1,238". */
export function formatCount(value: number): string {
  return counts.format(value);
}

/** A file's size in decimal units, as upload pages state limits: 640_000 → "640 KB", 2_700_000 → "2.7 MB". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000))} KB`;
  return `${(bytes / 1_000_000).toFixed(1).replace(/\.0$/u, "")} MB`;
}

/** Whole thousands of dollars, for chart axes: 15_000_000 → "$150k", 123_456_789 → "$1,235k". */
export function formatMoneyThousands(cents: number): string {
  const thousands = Math.round(cents / 100_000) || 0;
  return `${thousands < 0 ? "-" : ""}$${counts.format(Math.abs(thousands))}k`;
}

// Dates are formatted by hand, not with Intl: the server's ICU and the browser's can
// disagree (e.g. "29 Nov 2026, 14:05" vs "29 Nov 2026 at 14:05"), which breaks hydration.
export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;
const MONTHS = MONTH_NAMES.map((name) => name.slice(0, 3));

/** "29 Nov 2026" in UTC: dates on pages (lists, receipts, document headers). */
export function formatDate(date: Date | string): string {
  const d = new Date(date);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "29 Nov 2026, 14:05 UTC". */
export function formatDateTime(date: Date | string): string {
  const d = new Date(date);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${formatDate(d)}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}

/** "June 3, 2025" for the calendar date "2025-06-03": dates in prose a person sends on
 *  (emails, scripts), month in words. Anything not shaped YYYY-MM-DD is returned as it is. */
export function formatCalendarDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = match ? MONTH_NAMES[Number(match[2]) - 1] : undefined;
  if (!match || !month) return isoDate;
  return `${month} ${Number(match[3])}, ${match[1]}`;
}

/** "March 2024" for month 3 of 2024 (month 1–12): months in prose. */
export function formatMonthYear(year: number, month: number): string {
  return `${MONTH_NAMES[month - 1]} ${year}`;
}

/** "Mar 2024": months on resume lines. */
export function formatShortMonthYear(year: number, month: number): string {
  return `${MONTHS[month - 1]} ${year}`;
}
