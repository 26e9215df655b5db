// Money is integer cents and dates are UTC everywhere; this is the one place they become text.

/** "$49" for whole amounts, "$49.50" otherwise. */
export function formatMoney(cents: number, currency = "usd"): string {
  const whole = cents % 100 === 0;
  return new Intl.NumberFormat("en-US", {
    style: "currency",
    currency: currency.toUpperCase(),
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(cents / 100);
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

/** "29 Nov 2026" in UTC. */
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
