import type { Rating } from "../types.ts";

const RATING_STYLES: Record<Rating, string> = {
  poor: "bg-red-100 text-red-900 ring-red-300",
  mixed: "bg-amber-100 text-amber-900 ring-amber-300",
  good: "bg-green-100 text-green-900 ring-green-300",
  excellent: "bg-emerald-200 text-emerald-950 ring-emerald-400",
};

/** The rating as a word, never as colour alone. */
export function RatingBadge({ rating }: { rating: Rating }) {
  return (
    <span
      className={`inline-block rounded-full px-3 py-0.5 text-sm font-semibold capitalize ring-1 ring-inset ${RATING_STYLES[rating]}`}
    >
      {rating}
    </span>
  );
}
