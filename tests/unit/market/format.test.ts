import { describe, expect, it } from "vitest";
import { formatMoneyRounded } from "~/format";
import { inSentence, sampleLabel } from "~/market/format";

describe("market formatting", () => {
  it("writes annual cents as whole US dollars", () => {
    expect(formatMoneyRounded(13_308_000)).toBe("$133,080");
    expect(formatMoneyRounded(11_393_950)).toBe("$113,940");
  });

  it("names the size behind a figure: sample first, else employment", () => {
    expect(sampleLabel({ sampleSize: 1238, employment: null })).toBe("n = 1,238");
    expect(sampleLabel({ sampleSize: null, employment: 1_654_440 })).toBe("employment 1,654,440");
    expect(sampleLabel({ sampleSize: null, employment: null })).toBe("");
  });

  it("writes names mid-sentence in lower case but keeps acronyms", () => {
    expect(inSentence("Full-stack engineer")).toBe("full-stack engineer");
    expect(inSentence("SRE / DevOps engineer")).toBe("SRE / DevOps engineer");
  });
});
