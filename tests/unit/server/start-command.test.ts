import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { SERVER_COMMAND, SERVER_MALLOC_ENV, SERVER_NODE_OPTIONS } from "../../support/server-command";

// The tests and the bench start the server the way `npm start` does; if the two drift, what
// they measure is not what runs in production.
describe("npm start", () => {
  it("is the command the tests and the bench start, with the same V8 options", () => {
    const { scripts } = JSON.parse(fs.readFileSync("package.json", "utf8")) as { scripts: Record<string, string> };
    expect(scripts.start).toBe(
      `NODE_ENV=production ${Object.entries(SERVER_MALLOC_ENV)
        .map(([k, v]) => `${k}=${v}`)
        .join(" ")} NODE_OPTIONS="${SERVER_NODE_OPTIONS} $NODE_OPTIONS" node ${SERVER_COMMAND.join(" ")}`,
    );
  });
});
