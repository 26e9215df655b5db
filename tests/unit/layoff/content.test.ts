// The layoff writer's fixed text is data: the shipped files pass their schemas, and a
// malformed file is refused with a message naming the file and the field at fault.
import { describe, expect, it } from "vitest";
import { parseContent } from "~/content";
import { THINGS_NOT_TO_SAY, thingsNotToSaySchema, TONE_LINES, toneLinesSchema } from "~/layoff/content";
import adviceData from "~/layoff/content/things-not-to-say.json";
import toneData from "~/layoff/content/tone-lines.json";
import { LAYOFF_TYPES, TONES } from "~/layoff/schema";

const FILE = "app/layoff/content/things-not-to-say.json";

describe("layoff content files", () => {
  it("load, with advice for every kind of layoff and lines for every tone", () => {
    expect(Object.keys(THINGS_NOT_TO_SAY.byType).sort()).toEqual(LAYOFF_TYPES.map((t) => t.value).sort());
    for (const { value } of TONES) {
      expect(TONE_LINES.closings[value].length).toBeGreaterThan(0);
      expect(TONE_LINES.postAsk[value]).not.toBe("");
    }
  });

  it("refuse a missing field, naming the file and the field", () => {
    const broken = structuredClone(adviceData) as Record<string, unknown>;
    delete (broken.byType as Record<string, unknown>).funding;
    expect(() => parseContent(thingsNotToSaySchema, broken, FILE)).toThrow(
      /^Content file app\/layoff\/content\/things-not-to-say\.json is malformed: byType\.funding: /,
    );
  });

  it("refuse a misspelt key, an empty text and an unknown phrase rule", () => {
    const broken = structuredClone(adviceData) as unknown as {
      since: Record<string, unknown>;
      last: { why: string };
      ownWords: { rule: string }[];
    };
    broken.since.freelance = broken.since.freelancing;
    broken.last.why = " ";
    broken.ownWords[0].rule = "no_blaming";
    const message = (() => {
      try {
        parseContent(thingsNotToSaySchema, broken, FILE);
        return "";
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toContain("since: Unrecognized key");
    expect(message).toContain("last.why: ");
    expect(message).toContain("ownWords.0.rule: not a phrase rule in channel-rules.json");
  });

  it("refuse a placeholder the writer does not fill, and a tone without lines", () => {
    const advice = structuredClone(adviceData);
    advice.always[0].phrase = "Anything about {manager}";
    expect(() => parseContent(thingsNotToSaySchema, advice, FILE)).toThrow("always: the only placeholder is {company}");
    const tones = structuredClone(toneData) as { closings: Record<string, string[]> };
    tones.closings.warm = [];
    expect(() => parseContent(toneLinesSchema, tones, "tone-lines.json")).toThrow(
      /^Content file tone-lines\.json is malformed: closings\.warm: /,
    );
  });
});
