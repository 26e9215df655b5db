import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it, vi } from "vitest";
import { db } from "~/db.server";
import { SAMPLE_LAYOFF_FORM, SAMPLE_NEGOTIATION_FORM } from "~/samples/inputs";
import { appWithBrowser } from "../support/browser";
import { FormClient } from "../support/http-client";
import { resumePdf } from "../support/pdf-fixtures";
import { signUpPaid, signUpVerified } from "../support/users";

// Every page at a 390 × 844 phone, signed out and signed in: none may scroll sideways.
// The route table lists every file in app/routes, so a new page cannot skip the check.
vi.setConfig({ testTimeout: 300_000 });

const app = appWithBrowser();

interface Fixtures {
  documents: { resume: string; layoff: string; negotiation: string; interviewDoc: string };
  interviewId: string;
  purchaseId: string;
  localCheckout: string;
}

type Visit = { signedIn: boolean; url: (f: Fixtures) => string };
/** A page to walk, or why the file has no page of its own (an API, a download, a redirect). */
const ROUTES: Record<string, Visit[] | string> = {
  "$.tsx": [{ signedIn: false, url: () => "/no-such-page" }],
  "_index.tsx": [
    { signedIn: false, url: () => "/" },
    { signedIn: true, url: () => "/?account=deleted" },
  ],
  "access.tsx": "redirects unless access was revoked (covered by the refund browser test)",
  "account.tsx": [{ signedIn: true, url: () => "/account" }],
  "account_.export.ts": "a JSON download",
  "account_.purchases.$id.tsx": [{ signedIn: true, url: (f) => `/account/purchases/${f.purchaseId}` }],
  "checkout.tsx": "a form action that redirects",
  "checkout_.local.tsx": [{ signedIn: true, url: (f) => `/checkout/local?session=${f.localCheckout}` }],
  "checkout_.success.tsx": [{ signedIn: true, url: () => "/checkout/success?session_id=cs_test_unknown" }],
  "compare.$pair.tsx": [{ signedIn: false, url: () => "/compare/full-stack-vs-backend-engineer" }],
  "compare._index.tsx": [{ signedIn: false, url: () => "/compare" }],
  "contact.tsx": [
    { signedIn: false, url: () => "/contact" },
    { signedIn: true, url: () => "/contact?topic=refund" },
  ],
  "dev.outbox.$id.html.ts": "an email's raw HTML, development only",
  "dev.outbox.$id.tsx": "development only",
  "dev.outbox._index.tsx": "development only",
  "documents.$id.tsx": [
    { signedIn: true, url: (f) => `/documents/${f.documents.resume}` },
    { signedIn: true, url: (f) => `/documents/${f.documents.layoff}` },
    { signedIn: true, url: (f) => `/documents/${f.documents.negotiation}` },
    { signedIn: true, url: (f) => `/documents/${f.documents.interviewDoc}` },
  ],
  "documents.$id_.download.ts": "a file download",
  "documents._index.tsx": [{ signedIn: true, url: () => "/documents" }],
  "forgot-password.tsx": [{ signedIn: false, url: () => "/forgot-password" }],
  "login.tsx": [{ signedIn: false, url: () => "/login" }],
  "logout.tsx": "a form action",
  "pricing.tsx": [
    { signedIn: false, url: () => "/pricing" },
    { signedIn: true, url: () => "/pricing" },
  ],
  "privacy.tsx": [{ signedIn: false, url: () => "/privacy" }],
  "reset-password.tsx": [{ signedIn: false, url: () => "/reset-password?token=not-a-real-token" }],
  "robots[.]txt.ts": "plain text",
  "salaries.$role.tsx": [{ signedIn: false, url: () => "/salaries/software-engineer" }],
  "salaries._index.tsx": [{ signedIn: false, url: () => "/salaries" }],
  "samples.tsx": [{ signedIn: false, url: () => "/samples" }],
  "signup.tsx": [{ signedIn: false, url: () => "/signup" }],
  "sitemap[.]xml.ts": "XML",
  "terms.tsx": [{ signedIn: false, url: () => "/terms" }],
  "toolkit._index.tsx": [{ signedIn: true, url: () => "/toolkit" }],
  "toolkit.interview.$id.tsx": [{ signedIn: true, url: (f) => `/toolkit/interview/${f.interviewId}` }],
  "toolkit.interview._index.tsx": [{ signedIn: true, url: () => "/toolkit/interview" }],
  "toolkit.interview.progress.tsx": [{ signedIn: true, url: () => "/toolkit/interview/progress" }],
  "toolkit.layoff.stream.ts": "a streaming API",
  "toolkit.layoff.tsx": [{ signedIn: true, url: () => "/toolkit/layoff" }],
  "toolkit.negotiate.tsx": [{ signedIn: true, url: () => "/toolkit/negotiate" }],
  "toolkit.resume.tsx": [{ signedIn: true, url: () => "/toolkit/resume" }],
  "toolkit.resume.upload.ts": "an upload API",
  "verify-email.tsx": [{ signedIn: true, url: () => "/verify-email" }],
  "webhooks.stripe.ts": "Stripe's webhook endpoint",
};

const idIn = (res: Response, pattern: RegExp) => {
  const id = pattern.exec(res.headers.get("location") ?? "")?.[1];
  if (!id) throw new Error(`no id in ${res.status} ${res.headers.get("location")}`);
  return id;
};

/** A paid user with one document of every kind and an unfinished interview; a verified user with an open simulated checkout. */
async function makeFixtures(baseUrl: string): Promise<{ owner: FormClient; buyer: FormClient; fixtures: Fixtures }> {
  const { client, user } = await signUpPaid(baseUrl);
  const documentId = /^\/documents\/([a-z0-9]+)$/;
  const resumeForm = new FormData();
  resumeForm.append("resume", new Blob([new Uint8Array(await resumePdf())], { type: "application/pdf" }), "resume.pdf");
  resumeForm.append("jobDescription", "Backend engineer. Requirements: Go, PostgreSQL, Kafka, AWS.");
  const resume = idIn(
    await client.request("/toolkit/resume", { method: "POST", body: resumeForm, headers: { Origin: baseUrl } }),
    documentId,
  );
  const layoff = idIn(await client.post("/toolkit/layoff", SAMPLE_LAYOFF_FORM), documentId);
  const negotiation = idIn(await client.post("/toolkit/negotiate", SAMPLE_NEGOTIATION_FORM), documentId);
  const interviewId = idIn(
    await client.post("/toolkit/interview", { company: "google", role: "backend", level: "L5", stage: "full" }),
    /^\/toolkit\/interview\/([a-z0-9]+)$/,
  );
  const purchase = await db.purchase.findFirstOrThrow({ where: { userId: user.id } });
  // The simulated checkout opens only for a user who has not paid.
  const buyer = await signUpVerified(baseUrl);
  const start = await buyer.client.post("/checkout", {});
  const localCheckout = new URL(start.headers.get("location")!, baseUrl).searchParams.get("session")!;
  return {
    owner: client,
    buyer: buyer.client,
    fixtures: {
      documents: { resume, layoff, negotiation, interviewDoc: interviewId },
      interviewId,
      purchaseId: purchase.id,
      localCheckout,
    },
  };
}

/** What sticks out past the right edge, for the failure message. */
async function overflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number; culprits: string[] } | null> {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return null;
    const culprits: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll("*"))) {
      const rect = el.getBoundingClientRect();
      if (rect.right > root.clientWidth + 1 && rect.width > 0) {
        // The innermost elements name the cause best; skip one whose child is listed next.
        const name = `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}${el.className && typeof el.className === "string" ? "." + el.className.split(" ").slice(0, 3).join(".") : ""}`;
        culprits.push(`${name} (right ${Math.round(rect.right)}px): ${(el.textContent ?? "").trim().slice(0, 60)}`);
      }
    }
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, culprits: culprits.slice(-8) };
  });
}

describe("every page on a 390 × 844 phone", () => {
  it("lists every route file in app/routes", () => {
    const files = fs.readdirSync(path.resolve("app/routes")).sort();
    expect(Object.keys(ROUTES).sort()).toEqual(files);
  });

  it("scrolls no page sideways, signed out or signed in", async () => {
    const { owner, buyer, fixtures } = await makeFixtures(app.server.url);
    const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
    const signedOut = await app.browser.newContext(phone);
    const signedIn = await app.browser.newContext(phone);
    const buying = await app.browser.newContext(phone);
    await signedIn.addCookies([{ name: "session", value: owner.cookie("session")!, url: app.server.url }]);
    await buying.addCookies([{ name: "session", value: buyer.cookie("session")!, url: app.server.url }]);

    const problems: string[] = [];
    try {
      for (const [file, visits] of Object.entries(ROUTES)) {
        if (typeof visits === "string") continue;
        for (const visit of visits) {
          const context = file === "checkout_.local.tsx" ? buying : visit.signedIn ? signedIn : signedOut;
          const page = await context.newPage();
          const url = visit.url(fixtures);
          await page.goto(app.server.url + url, { waitUntil: "load" });
          const found = await overflow(page);
          if (found)
            problems.push(
              `${url} (${visit.signedIn ? "signed in" : "signed out"}): ${found.scrollWidth}px wide in ${found.clientWidth}px\n    ${found.culprits.join("\n    ")}`,
            );
          await page.close();
        }
      }
    } finally {
      await Promise.all([signedOut.close(), signedIn.close(), buying.close()]);
    }
    expect(problems.join("\n")).toBe("");
  });
});
