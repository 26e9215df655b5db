import type { ReactNode } from "react";
import type { Citation } from "../citations";
import { SourceLine } from "./SourceLine";

/** Figures with their source line right under them. Every pay number on a market page
 *  sits inside one of these (the page tests check it). */
export function Cited({ citations, children, label }: { citations: Citation[]; children: ReactNode; label?: string }) {
  return (
    <figure data-cited aria-label={label} className="my-4">
      {children}
      <SourceLine citations={citations} />
    </figure>
  );
}
