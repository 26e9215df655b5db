import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { type AppServer, startAppServer } from "../../support/app-server";
import { FormClient } from "../../support/http-client";
import { signUpVerified } from "../../support/users";

const SUPPORT = "help@toolkit.example";
let server: AppServer;
let counter = 0;

beforeAll(async () => {
  server = await startAppServer({ SUPPORT_EMAIL: SUPPORT });
});
afterAll(async () => {
  await server?.stop();
});

const valid = () => ({
  name: "Ada Lovelace",
  email: `ada${++counter}-${Date.now()}@example.com`,
  topic: "bug",
  message: "The download button does nothing on my phone.",
  website: "",
});

describe("the contact page", () => {
  it("shows the support address and a form that works without JavaScript", async () => {
    const html = await (await fetch(server.url + "/contact")).text();
    expect(html).toContain(`mailto:${SUPPORT}`);
    expect(html).toMatch(/<form method="post"/);
    for (const name of ["name", "email", "topic", "message"]) expect(html).toContain(`name="${name}"`);
  });

  it("stores the message and emails it to the support address through the outbox", async () => {
    const client = new FormClient(server.url);
    const fields = valid();
    const res = await client.post("/contact", fields);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/contact?sent=1");
    expect(await (await client.get("/contact?sent=1")).text()).toContain("your message reached us");
    const stored = await db.contactMessage.findFirstOrThrow({ where: { email: fields.email } });
    expect(stored).toMatchObject({ name: "Ada Lovelace", topic: "bug", message: fields.message, userId: null });
    const email = await db.outboxEmail.findFirstOrThrow({ where: { idempotencyKey: `contact:${stored.id}` } });
    expect(email).toMatchObject({
      to: SUPPORT,
      template: "support-message",
      subject: `Contact form: Something does not work (${stored.id})`,
    });
    expect(email.text).toContain(fields.email);
    expect(email.text).toContain(fields.message);
  });

  it("cleans hostile text before storing it and escapes it in the email", async () => {
    const client = new FormClient(server.url);
    const fields = {
      ...valid(),
      name: "Eve\u0000\u202eevil\u001b[31m\r\nBcc: victim@example.com",
      message: "<script>alert(1)</script>\r\n\r\n\r\n\r\nSecond\u0007 paragraph \u200bhidden",
    };
    expect((await client.post("/contact", fields)).status).toBe(303);
    const stored = await db.contactMessage.findFirstOrThrow({ where: { email: fields.email } });
    expect(stored.name).toBe("Eveevil[31m Bcc: victim@example.com");
    expect(stored.message).toBe("<script>alert(1)</script>\n\nSecond paragraph hidden");
    const email = await db.outboxEmail.findFirstOrThrow({ where: { idempotencyKey: `contact:${stored.id}` } });
    expect(email.to).toBe(SUPPORT);
    expect(email.html).not.toContain("<script>");
    expect(email.subject).not.toContain("Bcc");
  });

  it("refuses bad answers with a message beside each field, keeping what was typed", async () => {
    const client = new FormClient(server.url);
    const res = await client.post("/contact", {
      name: "",
      email: "not-an-address",
      topic: "__proto__",
      message: "hi",
      website: "",
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("Enter your name");
    expect(html).toContain("valid email address");
    expect(html).toContain("Choose what your message is about");
    expect(html).toContain("at least 10 characters");
    expect(html).toContain('value="not-an-address"');
    expect(html).toContain("contact-error-summary");

    const long = await client.post("/contact", { ...valid(), message: "x".repeat(5001) });
    expect(long.status).toBe(400);
    expect(await long.text()).toContain("you have 5,001");
    const missing = await client.request("/contact", {
      method: "POST",
      body: new URLSearchParams({}),
      headers: { Origin: server.url, "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(missing.status).toBe(400);
  });

  it("limits messages per network and per address, with Retry-After", async () => {
    const network = new FormClient(server.url);
    for (let i = 0; i < 6; i++) expect((await network.post("/contact", valid())).status).toBe(303);
    const limited = await network.post("/contact", valid());
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await limited.text()).toContain("Please wait");

    const address = valid().email;
    for (let i = 0; i < 4; i++)
      expect((await new FormClient(server.url).post("/contact", { ...valid(), email: address })).status).toBe(303);
    expect((await new FormClient(server.url).post("/contact", { ...valid(), email: address })).status).toBe(429);
    expect(await db.contactMessage.count({ where: { email: address } })).toBe(4);
  });

  it("thanks a bot that fills the hidden field, and keeps nothing", async () => {
    const fields = { ...valid(), website: "http://spam.example" };
    expect((await new FormClient(server.url).post("/contact", fields)).status).toBe(303);
    expect(await db.contactMessage.count({ where: { email: fields.email } })).toBe(0);
  });

  it("knows a signed-in user, and deleting the account deletes their messages", async () => {
    const { client, user, email } = await signUpVerified(server.url);
    expect(await (await client.get("/contact")).text()).toContain(`value="${email}"`);
    expect((await client.post("/contact", { ...valid(), email: "" })).status).toBe(303);
    const stored = await db.contactMessage.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.email).toBe(email);
    const outbox = await db.outboxEmail.findFirstOrThrow({ where: { idempotencyKey: `contact:${stored.id}` } });
    expect(outbox.text).toContain(`signed in as ${email}`);
    expect(
      (
        await client.post("/account", {
          intent: "delete-account",
          password: "correct horse battery staple",
          confirm: "delete",
        })
      ).status,
    ).toBe(302);
    expect(await db.contactMessage.count({ where: { email } })).toBe(0);
  });
});
