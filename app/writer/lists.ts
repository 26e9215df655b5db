// Lists in prose. House style: no serial comma ("A, B and C"), as the rest of the product
// writes. Pure.

/** "x", "x and y", "x, y and z"; `or` for alternatives. Empty items are dropped. */
export function listPhrase(items: readonly string[], conjunction: "and" | "or" = "and"): string {
  const kept = items.map((item) => item.trim()).filter((item) => item !== "");
  if (kept.length <= 1) return kept.join("");
  return `${kept.slice(0, -1).join(", ")} ${conjunction} ${kept[kept.length - 1]}`;
}
