import type { Tone } from "../comparison";
import { ROLE_STYLES, STAND_IN_STYLE } from "./role-styles";

/** A verdict's label as a badge: the higher role's colour when one role is higher, grey
 *  when the data shows no difference, dashed when it cannot compare at all. */
export function VerdictBadge({
  tone,
  label,
  higherIndex,
  kind,
}: {
  tone: Tone;
  label: string;
  higherIndex: number | null;
  /** The verdict's kind, for tests and styles that need it. */
  kind?: string;
}) {
  const style =
    tone === "higher" && higherIndex !== null
      ? ROLE_STYLES[higherIndex % ROLE_STYLES.length].badge
      : tone === "none"
        ? STAND_IN_STYLE.badge
        : "border-stone-300 bg-stone-100 text-stone-800";
  return (
    <span
      data-verdict={kind}
      className={`inline-flex shrink-0 items-center rounded-full border px-2.5 py-0.5 text-xs font-semibold ${style}`}
    >
      {label}
    </span>
  );
}
