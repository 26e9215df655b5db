import { describe, expect, it } from "vitest";
import { type TemplateName, type TemplateProps, renderEmail } from "../../../emails";
import { decodeHtml, visibleText } from "../../support/html";

const samples: { [N in TemplateName]: TemplateProps[N] } = {
  "verify-email": {
    code: "482913",
    verifyUrl: "https://careers.example.com/verify-email?token=tok_verify",
    expiresInMinutes: 15,
  },
  "password-reset": {
    resetUrl: "https://careers.example.com/reset-password?token=tok_reset",
    expiresInMinutes: 60,
  },
  "password-changed": {
    changedAt: new Date("2026-11-29T14:05:00Z"),
    forgotPasswordUrl: "https://careers.example.com/forgot-password",
  },
  "signup-existing-account": {
    loginUrl: "https://careers.example.com/login",
    forgotPasswordUrl: "https://careers.example.com/forgot-password",
  },
  "purchase-receipt": {
    orderId: "cmorder123",
    item: "Career Recovery Toolkit: lifetime access",
    amountCents: 4900,
    currency: "usd",
    paidAt: new Date("2026-11-29T14:05:00Z"),
    refundDeadline: new Date("2026-12-13T14:05:00Z"),
    simulated: false,
    toolkitUrl: "https://careers.example.com/toolkit",
    purchaseUrl: "https://careers.example.com/account/purchases/cmorder123",
    receiptUrl: "https://pay.stripe.com/receipts/acct_1/rcpt_1",
  },
  "payment-failed": { pricingUrl: "https://careers.example.com/pricing" },
  "refund-confirmation": {
    orderId: "cmorder123",
    item: "Career Recovery Toolkit: lifetime access",
    amountCents: 4900,
    currency: "usd",
    refundedAt: new Date("2026-12-01T09:00:00Z"),
    simulated: false,
    purchaseUrl: "https://careers.example.com/account/purchases/cmorder123",
    documentsUrl: "https://careers.example.com/documents",
  },
  "support-message": {
    messageId: "cmmsg1",
    topic: "Refund or payment",
    name: "Ada <script>",
    fromEmail: "ada@example.com",
    account: "not signed in",
    message: "Line one\n\n<img src=x onerror=alert(1)> and https://careers.example.com/evil",
    sentAt: new Date("2026-12-01T09:00:00Z"),
  },
};

function render<N extends TemplateName>(template: N, props: TemplateProps[N] = samples[template]) {
  return renderEmail({ template, props });
}

describe("email templates", () => {
  // The support inbox's copy of a contact message links nowhere: there is no page to send it to.
  it.each((Object.keys(samples) as TemplateName[]).filter((name) => name !== "support-message"))(
    "%s has a subject, an HTML part with only absolute links, and a plain-text part without tags",
    async (template) => {
      const email = await render(template);
      expect(email.subject.length).toBeGreaterThan(5);
      expect(email.html).toMatch(/^<!DOCTYPE html/);
      expect(email.html).toContain('lang="en"');
      const hrefs = [...email.html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(href).toMatch(/^https:\/\//);
      expect(email.text).not.toMatch(/<[a-z][^>]*>/i);
      for (const href of new Set(hrefs)) expect(email.text).toContain(decodeHtml(href));
    },
  );

  it("verify-email shows the code and the link in both parts and says when they expire", async () => {
    const email = await render("verify-email");
    for (const part of [visibleText(email.html), email.text]) {
      expect(part).toContain("482913");
      expect(part).toContain("expire in 15 minutes");
    }
    expect(email.html).toContain('href="https://careers.example.com/verify-email?token=tok_verify"');
    expect(email.text).toContain("https://careers.example.com/verify-email?token=tok_verify");
    expect(email.subject).toBe("Confirm your email address");
    expect(email.subject).not.toContain("482913");
  });

  it("verify-email prints the link once in the plain-text part", async () => {
    const { text } = await render("verify-email");
    expect(text.split("https://careers.example.com/verify-email?token=tok_verify")).toHaveLength(2);
  });

  it("password-reset links to the reset page, expires within the hour and says to ignore it if it wasn't you", async () => {
    const email = await render("password-reset");
    expect(email.subject).toBe("Reset your password");
    expect(email.text).toContain("https://careers.example.com/reset-password?token=tok_reset");
    expect(email.text).toContain("expires in 1 hour");
    expect(email.text).toMatch(/If it wasn't you, ignore this email/);
  });

  it("password-changed says the password was changed, when, and how to reset it if it wasn't you", async () => {
    const email = await render("password-changed");
    expect(email.subject).toBe("Your password was changed");
    expect(email.text).toContain("29 Nov 2026, 14:05 UTC");
    expect(email.text).toMatch(/If it wasn't you/);
    expect(email.text).toContain("https://careers.example.com/forgot-password");
  });

  it("signup-existing-account tells the owner someone tried to sign up and offers log-in and reset", async () => {
    const email = await render("signup-existing-account");
    expect(email.subject).toBe("Someone tried to sign up with your email address");
    expect(email.text).toContain("https://careers.example.com/login");
    expect(email.text).toContain("https://careers.example.com/forgot-password");
    expect(email.text).toMatch(/nothing on your account changed/);
  });

  it("purchase-receipt states the amount, currency, date, what lifetime access includes and the links", async () => {
    const email = await render("purchase-receipt");
    expect(email.subject).toBe("Your receipt: $49 for lifetime access");
    expect(email.text).toContain("Amount: $49 (USD)");
    for (const tool of [
      "Resume scanner",
      "Interview prep",
      "Layoff-explanation writer",
      "Negotiation-email generator",
    ]) {
      expect(email.text).toContain(tool);
    }
    expect(email.text).toContain("https://careers.example.com/toolkit");
    expect(email.text).toContain("https://pay.stripe.com/receipts/acct_1/rcpt_1");
  });

  it("purchase-receipt gives the order id, what was bought, the date and how to get a refund", async () => {
    const email = await render("purchase-receipt");
    for (const part of [visibleText(email.html), email.text]) {
      expect(part).toContain("Order cmorder123");
      expect(part).toContain("Item: Career Recovery Toolkit: lifetime access");
      expect(part).toContain("Date: 29 Nov 2026");
      expect(part).toContain("until 13 Dec 2026");
      expect(part).toContain("https://careers.example.com/account/purchases/cmorder123");
      expect(part).toContain("Refund my payment");
    }
    expect(email.text).not.toContain("simulated");
    const local = await render("purchase-receipt", {
      ...samples["purchase-receipt"],
      simulated: true,
      receiptUrl: null,
    });
    expect(local.text).toContain("simulated: no money moved");
  });

  it("refund-confirmation gives the order, the amount, when the money arrives and what happens to access", async () => {
    const email = await render("refund-confirmation");
    expect(email.subject).toBe("Your refund: $49 (order cmorder123)");
    expect(email.text).toContain("Refunded: $49 (USD) on 1 Dec 2026");
    expect(email.text).toContain("5 to 10 business days");
    expect(email.text).toContain("access to the toolkit ended");
    const local = await render("refund-confirmation", { ...samples["refund-confirmation"], simulated: true });
    expect(local.text).toContain("no money moved");
  });

  it("support-message escapes what the visitor wrote and keeps the subject to a fixed topic", async () => {
    const email = await render("support-message");
    expect(email.subject).toBe("Contact form: Refund or payment (cmmsg1)");
    expect(email.html).not.toContain("<img");
    expect(email.html).not.toContain("<script>");
    expect(email.text).toContain("ada@example.com");
  });

  it("purchase-receipt leaves out the card receipt line when the payment has none", async () => {
    const email = await render("purchase-receipt", { ...samples["purchase-receipt"], receiptUrl: null });
    expect(email.text).not.toContain("card receipt");
    expect(email.text).toContain("https://careers.example.com/toolkit");
  });

  it("purchase-receipt shows cents and other currencies", async () => {
    const email = await render("purchase-receipt", {
      ...samples["purchase-receipt"],
      amountCents: 4950,
      currency: "eur",
    });
    expect(email.subject).toContain("€49.50");
    expect(email.text).toContain("(EUR)");
  });

  it("payment-failed says the payment did not go through and links to pricing to try again", async () => {
    const email = await render("payment-failed");
    expect(email.subject).toBe("Your payment did not go through");
    expect(email.text).toContain("https://careers.example.com/pricing");
    expect(email.text).toMatch(/not been charged/);
  });

  it("escapes text from props in the HTML part", async () => {
    const email = await render("verify-email", { ...samples["verify-email"], code: "<b>1</b>" });
    expect(email.html).not.toContain("<b>1</b>");
    expect(email.html).toContain("&lt;b&gt;1&lt;/b&gt;");
  });
});
