// "How many people were affected", in the honest forms people give: a count ("1,200"),
// an approximate one ("about 200", "over 1,000"), a share ("12%", "about 25%"), a
// fraction ("a third", "half"), or everyone. Parsing keeps the person's own qualifier
// word, so the text says "roughly 200" when they did. Pure.

export type Affected =
  | { kind: "count"; value: number; qualifier: string | null }
  | { kind: "share"; percent: number; qualifier: string | null }
  | { kind: "fraction"; words: string }
  | { kind: "everyone" };

export const AFFECTED_MAX = 1_000_000;

const QUALIFIER = "(about|around|roughly|approximately|nearly|almost|over|more than|at least|close to|~)";
const COUNT = new RegExp(
  `^(?:${QUALIFIER}\\s*)?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\s+(?:people|employees|staff|jobs|roles|of us))?$`,
  "i",
);
const SHARE = new RegExp(
  `^(?:${QUALIFIER}\\s*)?(\\d{1,3}(?:\\.\\d+)?)\\s*(?:%|percent|per cent)(?:\\s+of\\s+(?:the\\s+)?(?:company|staff|us|employees))?$`,
  "i",
);
const FRACTION =
  /^(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?(?:a|one|two|three)[ -](?:half|third|quarter|fifth|sixth|tenth|thirds|quarters|fifths)|^(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?half$/i;
const EVERYONE = /^(?:everyone|everybody|all|all of us|the whole company|the entire company|100\s*%)$/i;

export type AffectedReading = { ok: true; affected: Affected | null; text: string } | { ok: false; message: string };

export const AFFECTED_MESSAGE =
  "Enter a number like 120, “about 200”, a share like 12% or “a third”, or leave it empty if you don't know.";

/** Reads the field; `text` is the answer tidied (spaces collapsed), as it will be quoted. */
export function parseAffected(raw: string): AffectedReading {
  const text = raw.replace(/\s+/g, " ").trim().replace(/\.$/, "");
  if (text === "") return { ok: true, affected: null, text: "" };
  if (EVERYONE.test(text)) return { ok: true, affected: { kind: "everyone" }, text };
  const share = SHARE.exec(text);
  if (share) {
    const percent = Number(share[2]);
    if (percent <= 0 || percent > 100) return { ok: false, message: "Enter a share from 1% to 100%." };
    if (percent === 100) return { ok: true, affected: { kind: "everyone" }, text };
    return { ok: true, affected: { kind: "share", percent, qualifier: share[1]?.toLowerCase() ?? null }, text };
  }
  const count = COUNT.exec(text);
  if (count) {
    const value = Number(count[2].replace(/,/g, ""));
    if (value < 1 || value > AFFECTED_MAX) {
      return {
        ok: false,
        message: `Enter a number from 1 to ${AFFECTED_MAX.toLocaleString("en-US")}, or leave it empty.`,
      };
    }
    return { ok: true, affected: { kind: "count", value, qualifier: count[1]?.toLowerCase() ?? null }, text };
  }
  if (FRACTION.test(text)) return { ok: true, affected: { kind: "fraction", words: text.toLowerCase() }, text };
  return { ok: false, message: AFFECTED_MESSAGE };
}

function qualified(qualifier: string | null, amount: string): string {
  if (!qualifier) return amount;
  return qualifier === "~" ? `about ${amount}` : `${qualifier} ${amount}`;
}

/** "1,200 jobs", "about 200 jobs", "12% of its staff", "a third of its staff"; null for everyone. */
export function jobsCut(affected: Affected): string | null {
  switch (affected.kind) {
    case "count":
      return `${qualified(affected.qualifier, affected.value.toLocaleString("en-US"))} ${affected.value === 1 ? "job" : "jobs"}`;
    case "share":
      return `${qualified(affected.qualifier, `${affected.percent}%`)} of its staff`;
    case "fraction":
      return `${affected.words} of its staff`;
    case "everyone":
      return null;
  }
}

/** "1,200 people", "about 200 people", "12% of the staff", "a third of the staff", "everyone". */
export function peopleAffected(affected: Affected): string {
  switch (affected.kind) {
    case "count":
      return `${qualified(affected.qualifier, affected.value.toLocaleString("en-US"))} ${affected.value === 1 ? "person" : "people"}`;
    case "share":
      return `${qualified(affected.qualifier, `${affected.percent}%`)} of the staff`;
    case "fraction":
      return `${affected.words} of the staff`;
    case "everyone":
      return "everyone";
  }
}
