import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { visibleText as text } from "../../support/html";
import { type AppServer, startAppServer } from "../../support/app-server";
import { FormClient } from "../../support/http-client";
import { signUpVerified } from "../../support/users";

// What a visitor deciding whether to pay can read: terms and privacy that match this
// deployment, samples made by the real tools, and payment copy that matches the mode.

describe("in local mode", () => {
  let server: AppServer;
  beforeAll(async () => {
    server = await startAppServer({ SUPPORT_EMAIL: "help@toolkit.example" });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("the privacy policy says what is stored, for how long, and that no processor is used", async () => {
    const res = await fetch(server.url + "/privacy");
    expect(res.status).toBe(200);
    const page = text(await res.text());
    expect(page).toContain("The PDF itself is read in memory and never saved");
    expect(page).toContain("the trash for 30 days");
    expect(page).toContain("Payments: none");
    expect(page).toContain("Email delivery: none");
    expect(page).toContain("Language models: none");
    expect(page).toContain("download everything we hold about you");
    expect(page).toContain("help@toolkit.example");
    expect(page).not.toContain("Stripe (payments)");
  });

  it("the terms state the price, the 14-day refund and how to ask for it", async () => {
    const page = text(await (await fetch(server.url + "/terms")).text());
    expect(page).toContain("One payment of $49");
    expect(page).toContain("within 14 days of paying");
    expect(page).toContain("Refund my payment");
    expect(page).toContain("purchases are simulated");
  });

  it("links the policies from the footer, sign-up and the checkout, and the samples from landing and pricing", async () => {
    const landing = await (await fetch(server.url + "/")).text();
    for (const href of ["/terms", "/privacy", "/contact", "/samples"]) expect(landing).toContain(`href="${href}"`);
    expect(landing).toContain('href="/samples#resume"');
    const signup = await (await fetch(server.url + "/signup")).text();
    expect(signup.match(/href="\/terms"/g)?.length).toBeGreaterThanOrEqual(2);
    const pricing = await (await fetch(server.url + "/pricing")).text();
    expect(pricing.match(/href="\/terms"/g)?.length).toBeGreaterThanOrEqual(2);
    expect(pricing).toContain('href="/samples"');
  });

  it("pricing never claims Stripe when payments are simulated", async () => {
    const page = text(await (await fetch(server.url + "/pricing")).text());
    expect(page).not.toContain("Secure payment by Stripe");
    expect(page).toContain("Payments are simulated on this site");
  });

  it("the simulated checkout links the terms and privacy policy", async () => {
    const { client } = await signUpVerified(server.url);
    const start = await client.post("/checkout", {});
    const checkout = await (await client.get(start.headers.get("location")!)).text();
    expect(checkout).toContain('href="/terms"');
    expect(checkout).toContain('href="/privacy"');
  });

  it("shows a sample of every tool, made by the real code from the fictional inputs", async () => {
    const { samples } = await import("~/samples/samples.server");
    const expected = await samples();
    const res = await new FormClient(server.url).get("/samples");
    expect(res.status).toBe(200);
    const page = text(await res.text());
    for (const heading of [
      "Resume scan and job match",
      "Interview feedback",
      "Layoff explanation",
      "Negotiation email",
    ])
      expect(page).toContain(heading);
    // The same code on the same inputs gives the same report, answer feedback and documents.
    expect(page).toContain(
      `ATS readability score is ${expected.resume.report.score.total} out of ${expected.resume.report.score.max}`,
    );
    expect(expected.resume.report.parsed.contact.fullName).toBe("Jordan Rivera");
    expect(page).toContain(expected.interview.question);
    expect(page).toContain(expected.interview.feedback.ratingSummary);
    const firstLayoffLine = expected.layoff.text.split("\n").find((line) => line.includes("Larkspur Payments for"))!;
    expect(page).toContain(firstLayoffLine);
    expect(expected.negotiation.text).toContain("Morgan");
    expect(page).toContain(expected.negotiation.text.split("\n").find((line) => line.includes("Morgan"))!);
  });
});

describe("with Stripe and a model provider configured", () => {
  let server: AppServer;
  beforeAll(async () => {
    server = await startAppServer({
      STRIPE_SECRET_KEY: "sk_test_policies",
      RESEND_API_KEY: "re_test_policies",
      OPENAI_API_KEY: "sk-test",
      OPENAI_BASE_URL: "http://127.0.0.1:9/v1",
    });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("the privacy policy names Stripe, Resend and the model provider's host, and pricing says Stripe", async () => {
    const page = text(await (await fetch(server.url + "/privacy")).text());
    expect(page).toContain("Stripe (payments)");
    expect(page).toContain("Resend (email delivery)");
    expect(page).toContain("A language-model provider at 127.0.0.1:9");
    expect(page).toContain("Your resume is never sent to it");
    const pricing = text(await (await fetch(server.url + "/pricing")).text());
    expect(pricing).toContain("Secure payment by Stripe");
  });
});
