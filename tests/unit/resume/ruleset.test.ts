// The scorer's rules are data (app/resume/data/rules.json). Stored reports name the rules
// version that scored them, so a change to the rules without a new version would make two
// different scorings look alike. This test holds the rules' hash per version.
import { createHash } from "node:crypto";
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { RULESET_VERSION } from "~/resume/score";

const RULES = "app/resume/data/rules.json";
const LOCK = "app/resume/data/rules.lock.json";

describe("ruleset version", () => {
  it("changes whenever the rules do", () => {
    const rules = JSON.parse(fs.readFileSync(RULES, "utf8")) as { version: string };
    const { version, ...content } = rules;
    const sha256 = createHash("sha256").update(JSON.stringify(content)).digest("hex");
    const lock = JSON.parse(fs.readFileSync(LOCK, "utf8")) as { version: string; sha256: string };
    expect(version).toBe(RULESET_VERSION);
    expect(
      { version, sha256 },
      lock.version === version
        ? `${RULES} changed but its version did not: bump "version", then write the new version and sha256 into ${LOCK}`
        : `${RULES} has a new version: write it and sha256 ${sha256} into ${LOCK}`,
    ).toEqual(lock);
  });
});
