// Titles are stored as one line of plain text, whoever wrote them: a tool saving a
// document named after what a person typed, or the person renaming it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { saveDocument } from "~/documents/store.server";
import { type AppServer, startAppServer } from "../../support/app-server";
import { signUpVerified } from "../../support/users";

let server: AppServer;
beforeAll(async () => {
  server = await startAppServer();
});
afterAll(async () => {
  await server?.stop();
});

const HOSTILE: [string, string, string][] = [
  ["NUL and C0 controls", "Acme\u0000 Corp\u0007\u001f", "Acme Corp"],
  ["C1 controls, a C1 escape (CSI) among them", "Acme\u0085Corp\u009b31m\u0080", "Acme Corp"],
  ["a bidi override that makes exe.pdf read as fdp.exe", "invoice\u202Efdp.exe", "invoicefdp.exe"],
  ["bidi embeddings and isolates", "\u202Aa\u202Bb\u202Cc\u202Dd\u2066e\u2067f\u2068g\u2069", "abcdefg"],
  ["ANSI colour and cursor escapes", "\u001b[31mRed\u001b[0m \u001b[2J\u001b[HCo", "Red Co"],
  ["an OSC hyperlink escape", "\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007 here", "click here"],
  ["CR/LF and tabs", "Line one\r\nLine two\rthree\nfour\tfive", "Line one Line two three four five"],
  ["Unicode line and paragraph separators", "one\u2028two\u2029three", "one two three"],
];

describe("document titles", () => {
  it.each(HOSTILE)("are cleaned when a tool saves one with %s", async (_, title, expected) => {
    const { user } = await signUpVerified(server.url);
    const doc = await saveDocument({
      userId: user.id,
      kind: "layoff_explanation",
      title: `Layoff explanation: ${title}`,
      input: {},
      output: {},
      text: "x",
      engine: "builtin",
    });
    expect(doc.title).toBe(`Layoff explanation: ${expected}`);
  });

  it("keeps letters of every script and emoji, and names a title of only controls", async () => {
    const { user } = await signUpVerified(server.url);
    const save = (title: string) =>
      saveDocument({
        userId: user.id,
        kind: "layoff_explanation",
        title,
        input: {},
        output: {},
        text: "x",
        engine: "builtin",
      });
    expect((await save("Résumé — 山田 · عربى 🚀")).title).toBe("Résumé — 山田 · عربى 🚀");
    expect((await save("\u0000\u202E\u001b[0m")).title).toBe("Untitled document");
    const long = await save("🚀".repeat(300));
    expect(Array.from(long.title)).toHaveLength(200);
    expect(long.title).toBe("🚀".repeat(200));
  });

  it("are cleaned when the person renames a document, and a title of only controls is refused", async () => {
    const { client, user } = await signUpVerified(server.url);
    const doc = await saveDocument({
      userId: user.id,
      kind: "layoff_explanation",
      title: "Plain",
      input: {},
      output: {},
      text: "x",
      engine: "builtin",
    });
    for (const [label, title, expected] of HOSTILE) {
      const res = await client.post(`/documents/${doc.id}`, { intent: "rename", title: `My ${title}` });
      expect(res.status, label).toBe(200);
      expect((await db.document.findUniqueOrThrow({ where: { id: doc.id } })).title, label).toBe(`My ${expected}`);
    }
    const empty = await client.post(`/documents/${doc.id}`, { intent: "rename", title: "\u202E\u0000\r\n" });
    expect(empty.status).toBe(400);
    expect((await db.document.findUniqueOrThrow({ where: { id: doc.id } })).title).toBe(`My ${HOSTILE.at(-1)![2]}`);
    const page = await (await client.get(`/documents/${doc.id}`)).text();
    expect(page).not.toMatch(/[\u0000-\u0008\u001b\u202A-\u202E\u2066-\u2069]/);
  });
});
