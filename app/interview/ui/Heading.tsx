import type { ReactNode } from "react";

export type HeadingLevel = 2 | 3 | 4;

/** A heading at the level the surrounding page needs. */
export function Heading({
  level,
  className,
  children,
}: {
  level: HeadingLevel;
  className?: string;
  children: ReactNode;
}) {
  const Tag = `h${level}` as const;
  return <Tag className={className}>{children}</Tag>;
}

/** The level for headings one step inside this one. */
export function subLevel(level: HeadingLevel): HeadingLevel {
  return level === 2 ? 3 : 4;
}
