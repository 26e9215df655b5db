import type { ReactNode } from "react";

/** A block of figures. Every pay number on a market page sits inside one of these, next
 *  to its sample size and a citation of the page's source list (the page tests check it). */
export function Cited({ children, label, className }: { children: ReactNode; label?: string; className?: string }) {
  return (
    <figure data-cited aria-label={label} className={className ?? "my-4"}>
      {children}
    </figure>
  );
}
