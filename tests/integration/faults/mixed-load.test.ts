// The load part of the load-and-fault suite: 100 virtual users for 60 s against the built
// server (public pages, sign-ins, document saves, /healthz, own pages) on loopback. Only
// correctness is asserted: no 5xx, every request answered, and every write the server
// acknowledged is in the database afterwards. Speed is `npm run bench`'s business.
// LOAD_SECONDS shortens the run for a quick local try; CI runs the full minute.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type AppServer, startAppServer } from "../../support/app-server";
import { lostWrites, runMixedLoad, seedLoadUsers } from "../../support/mixed-load";

const VIRTUAL_USERS = 100;
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);

vi.setConfig({ testTimeout: (SECONDS + 90) * 1000 });

let server: AppServer;
beforeAll(async () => {
  server = await startAppServer();
});
afterAll(async () => {
  await server?.stop();
});

describe(`${VIRTUAL_USERS} virtual users for ${SECONDS} s of mixed traffic`, () => {
  it("get no 5xx, no dropped connection, and lose no acknowledged write", async () => {
    const users = await seedLoadUsers(VIRTUAL_USERS, "mixed");
    const result = await runMixedLoad({ baseUrl: server.url, users, seconds: SECONDS });
    const summary = JSON.stringify({
      requests: result.requests,
      byStatus: result.byStatus,
      networkErrors: result.networkErrors,
    });

    expect(
      result.serverErrors.slice(0, 5),
      `${summary}\n${server
        .output()
        .split("\n")
        .filter((l) => !/^(GET|POST) /.test(l))
        .join("\n")
        .slice(0, 6000)}`,
    ).toEqual([]);
    expect(result.networkErrors, summary).toBe(0);
    // Every user signed in, and saves went through: the workload did what it says.
    expect(result.acknowledgedSessions.length, summary).toBeGreaterThanOrEqual(VIRTUAL_USERS);
    expect(
      [...result.acknowledgedEdits.values()].some((n) => n > 0),
      summary,
    ).toBe(true);
    // Refusals are allowed only as the documented kind (429 throttles); anything else is a bug.
    const unexpected = Object.keys(result.byStatus).filter((s) => !["200", "302", "303", "429"].includes(s));
    expect(unexpected, summary).toEqual([]);

    expect(await lostWrites(result)).toEqual([]);
    expect(server.output()).not.toMatch(/Error|at .+:\d+:\d+/);
  });
});
