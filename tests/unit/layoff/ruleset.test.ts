// The rules every layoff writer keeps are data (app/layoff/content/channel-rules.json), and
// each saved document names the version that checked it (RULESET_VERSION), so a change to
// the rules without a new version would make two different checks look alike. This test
// holds the rules' hash per version, as the resume scorer's does.
import { createHash } from "node:crypto";
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { RULESET_VERSION } from "~/layoff/rules";

const RULES = "app/layoff/content/channel-rules.json";
const LOCK = "app/layoff/content/channel-rules.lock.json";

describe("layoff ruleset version", () => {
  it("changes whenever the rules do", () => {
    // Parsed and written again, so reformatting the file is not a change of rules.
    const content = JSON.stringify(JSON.parse(fs.readFileSync(RULES, "utf8")));
    const sha256 = createHash("sha256").update(content).digest("hex");
    const lock = JSON.parse(fs.readFileSync(LOCK, "utf8")) as { version: string; sha256: string };
    expect(
      { version: RULESET_VERSION, sha256 },
      lock.version === RULESET_VERSION
        ? `${RULES} changed but RULESET_VERSION (app/layoff/rules.ts) did not: bump it, then write the new version and sha256 into ${LOCK}`
        : `RULESET_VERSION is new: write it and sha256 ${sha256} into ${LOCK}`,
    ).toEqual(lock);
  });
});
