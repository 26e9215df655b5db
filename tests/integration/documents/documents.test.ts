import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { saveDocument } from "~/documents/store.server";
import { type AppServer, startAppServer } from "../../support/app-server";
import { FormClient } from "../../support/http-client";
import { signUpVerified } from "../../support/users";
import { decodeHtml } from "../../support/html";

let server: AppServer;
let owner: Awaited<ReturnType<typeof signUpVerified>>;
let stranger: Awaited<ReturnType<typeof signUpVerified>>;

beforeAll(async () => {
  server = await startAppServer();
  owner = await signUpVerified(server.url);
  stranger = await signUpVerified(server.url);
});
afterAll(async () => {
  await server?.stop();
});

function makeDoc(
  userId: string,
  title: string,
  text = `Body of ${title}`,
  kind: "layoff_explanation" | "resume_scan" = "layoff_explanation",
) {
  return saveDocument({
    userId,
    kind,
    title,
    input: { note: "input" },
    output: { parts: [text] },
    text,
    engine: "builtin",
  });
}

describe("documents list", () => {
  it("lists a user's documents newest first, filtered by tool and searched by title and text", async () => {
    const user = await signUpVerified(server.url);
    await makeDoc(user.user.id, "First explanation", "I led the payments team");
    await makeDoc(user.user.id, "Resume v2", "Parsed resume text with Kubernetes", "resume_scan");
    await makeDoc(stranger.user.id, "Stranger's secret plan", "payments");
    const all = await (await user.client.get("/documents")).text();
    expect(all.indexOf("Resume v2")).toBeLessThan(all.indexOf("First explanation"));
    expect(all).not.toContain("Stranger&#x27;s secret plan");
    expect(all).not.toContain("secret plan");
    const byKind = await (await user.client.get("/documents?kind=resume_scan")).text();
    expect(byKind).toContain("Resume v2");
    expect(byKind).not.toContain("First explanation");
    const byText = await (await user.client.get("/documents?q=payments")).text();
    expect(byText).toContain("First explanation");
    expect(byText).not.toContain("Resume v2");
    expect(byText).not.toContain("secret plan");
  });

  it("treats SQL and LIKE wildcards in a search as plain characters, and trims a 10 kB search", async () => {
    const user = await signUpVerified(server.url);
    await makeDoc(user.user.id, "Growth 100% plan", "grew revenue 100%");
    await makeDoc(user.user.id, "Ordinary", "nothing special");
    for (const q of ["%", "_", "%' OR 1=1 --", "\\"]) {
      const res = await user.client.get(`/documents?q=${encodeURIComponent(q)}`);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html, q).not.toContain("Ordinary");
    }
    expect(await (await user.client.get(`/documents?q=${encodeURIComponent("100%")}`)).text()).toContain(
      "Growth 100% plan",
    );
    const long = await user.client.get(`/documents?q=${"a".repeat(10_000)}`);
    expect(long.status).toBe(200);
    expect((await long.text()).replaceAll("<!-- -->", "")).toContain("only its first 200 characters");
  });

  it("pages through thousands of documents without repeats or gaps", async () => {
    const user = await signUpVerified(server.url);
    const rows = Array.from({ length: 45 }, (_, i) => ({
      userId: user.user.id,
      kind: "layoff_explanation",
      title: `Doc ${String(i).padStart(3, "0")}`,
      input: "{}",
      output: "{}",
      text: "t",
      engine: "builtin",
      createdAt: new Date(Date.UTC(2026, 0, 1) + Math.floor(i / 3) * 60_000),
    }));
    await db.document.createMany({ data: rows });
    const seen: string[] = [];
    let path = "/documents";
    for (let pages = 0; pages < 10; pages++) {
      const html = await (await user.client.get(path)).text();
      seen.push(...[...html.matchAll(/>(Doc \d{3})</g)].map((m) => m[1]));
      const next = /href="(\/documents\?[^"]*after=[^"]+)"/.exec(html)?.[1];
      if (!next) break;
      path = decodeHtml(next);
    }
    expect(seen).toHaveLength(45);
    expect(new Set(seen).size).toBe(45);
    expect(seen[0]).toBe("Doc 044");
  });
});

describe("one document", () => {
  it("shows the document, and renames and edits it keeping the original", async () => {
    const doc = await makeDoc(owner.user.id, "Original title", "original text <script>alert(1)</script>");
    const page = await owner.client.get(`/documents/${doc.id}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Original title");
    expect(html).not.toContain("<script>alert(1)</script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect((await owner.client.post(`/documents/${doc.id}`, { intent: "rename", title: "New title" })).status).toBe(
      200,
    );
    expect((await owner.client.post(`/documents/${doc.id}`, { intent: "edit", text: "my edited text" })).status).toBe(
      200,
    );
    const saved = await db.document.findUniqueOrThrow({ where: { id: doc.id } });
    expect(saved).toMatchObject({
      title: "New title",
      editedText: "my edited text",
      text: "original text <script>alert(1)</script>",
    });
    const txt = await (await owner.client.get(`/documents/${doc.id}/download?format=txt`)).text();
    expect(txt).toContain("my edited text");
    await owner.client.post(`/documents/${doc.id}`, { intent: "revert" });
    expect((await db.document.findUniqueOrThrow({ where: { id: doc.id } })).editedText).toBeNull();
    expect((await owner.client.post(`/documents/${doc.id}`, { intent: "rename", title: "" })).status).toBe(400);
  });

  it("downloads as .txt, .md, PDF and DOCX", async () => {
    const doc = await makeDoc(owner.user.id, "Report *one*", "Line with # and _markup_", "resume_scan");
    const txt = await owner.client.get(`/documents/${doc.id}/download?format=txt`);
    expect(txt.headers.get("content-type")).toContain("text/plain");
    expect(txt.headers.get("content-disposition")).toBe('attachment; filename="report-one.txt"');
    expect(await txt.text()).toContain("Line with # and _markup_");
    const md = await owner.client.get(`/documents/${doc.id}/download?format=md`);
    expect(await md.text()).toContain("Line with \\# and \\_markup\\_");
    expect((await owner.client.get(`/documents/${doc.id}/download?format=exe`)).status).toBe(400);
  });

  // A scan's text holds tabs (cells of a line joined by the reader), and users paste anything:
  // the PDF download once answered 500 ("WinAnsi cannot encode") for every unedited report.
  it.each(["resume_scan", "layoff_explanation"] as const)(
    "downloads a %s with tabs, emoji, CJK and RTL text as PDF and DOCX",
    async (kind) => {
      const doc = await makeDoc(
        owner.user.id,
        `Scan ${kind} 🚀`,
        "Engineer\tAcme\t2021 – present\n我们构建了系统 · Nguyễn · שלום · 👍🏽",
        kind,
      );
      const pdf = await owner.client.get(`/documents/${doc.id}/download?format=pdf`);
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get("content-type")).toBe("application/pdf");
      expect(
        Buffer.from(await pdf.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe("%PDF-");
      const docx = await owner.client.get(`/documents/${doc.id}/download?format=docx`);
      expect(docx.status).toBe(200);
      expect(docx.headers.get("content-disposition")).toMatch(/\.docx"$/u);
      expect(
        Buffer.from(await docx.arrayBuffer())
          .subarray(0, 2)
          .toString(),
      ).toBe("PK");
    },
  );

  it("moves to the trash after confirmation, refuses downloads there, and restores", async () => {
    const doc = await makeDoc(owner.user.id, "Trash me");
    const confirm = (await (await owner.client.get(`/documents/${doc.id}?confirm=trash`)).text()).replaceAll(
      "<!-- -->",
      "",
    );
    expect(confirm).toContain("Move “Trash me” to the trash?");
    expect((await owner.client.post(`/documents/${doc.id}`, { intent: "trash" })).status).toBe(302);
    expect(await (await owner.client.get("/documents")).text()).not.toContain("Trash me");
    expect(await (await owner.client.get("/documents?view=trash")).text()).toContain("Trash me");
    const download = await owner.client.get(`/documents/${doc.id}/download?format=txt`);
    expect(download.status).toBe(404);
    expect(await download.text()).toContain("in the trash");
    await owner.client.post(`/documents/${doc.id}`, { intent: "restore" });
    expect(await (await owner.client.get("/documents")).text()).toContain("Trash me");
  });

  it("deletes for good only from the trash", async () => {
    const doc = await makeDoc(owner.user.id, "Gone for good");
    expect((await owner.client.post(`/documents/${doc.id}`, { intent: "delete-forever" })).status).toBe(400);
    await owner.client.post(`/documents/${doc.id}`, { intent: "trash" });
    expect((await owner.client.post(`/documents/${doc.id}`, { intent: "delete-forever" })).status).toBe(302);
    expect(await db.document.count({ where: { id: doc.id } })).toBe(0);
  });
});

describe("ids that are not the user's", () => {
  it("answer 404 on every id route, never 403 and never the content", async () => {
    const secret = await makeDoc(owner.user.id, "Owner's private notes", "very private words");
    const attempts = [
      () => stranger.client.get(`/documents/${secret.id}`),
      () => stranger.client.get(`/documents/${secret.id}/download?format=txt`),
      () => stranger.client.get(`/documents/${secret.id}/download?format=md`),
      ...["rename", "edit", "revert", "trash", "restore", "delete-forever"].map(
        (intent) => () => stranger.client.post(`/documents/${secret.id}`, { intent, title: "pwned", text: "pwned" }),
      ),
    ];
    for (const attempt of attempts) {
      const res = await attempt();
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain("very private words");
    }
    const untouched = await db.document.findUniqueOrThrow({ where: { id: secret.id } });
    expect(untouched).toMatchObject({ title: "Owner's private notes", editedText: null, deletedAt: null });
  });

  it("answer 404 for malformed and over-long ids", async () => {
    for (const id of ["nope", "../../etc/passwd", "%27%20OR%201%3D1", "a".repeat(5000)]) {
      expect((await owner.client.get(`/documents/${id}`)).status).toBe(404);
      expect((await owner.client.get(`/documents/${id}/download?format=txt`)).status).toBe(404);
    }
  });

  it("send signed-out visitors to log in", async () => {
    const res = await new FormClient(server.url).get("/documents");
    expect(res.headers.get("location")).toBe("/login?redirectTo=%2Fdocuments");
  });
});

describe("account export", () => {
  it("downloads the account, purchases and every document as JSON", async () => {
    const user = await signUpVerified(server.url);
    await makeDoc(user.user.id, "Exported doc", "exported text");
    const res = await user.client.get("/account/export");
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="career-recovery-toolkit-export-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const body = await res.json();
    expect(body.account.email).toBe(user.email);
    expect(body.purchases).toEqual([]);
    expect(body.documents).toHaveLength(1);
    expect(body.documents[0]).toMatchObject({ title: "Exported doc", text: "exported text", input: { note: "input" } });
    expect(JSON.stringify(body)).not.toContain("passwordHash");
  });
});
