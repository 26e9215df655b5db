// The public market pages, walked through the production server (needs `npm run build`).

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionCookieName } from "~/auth/session.server";
import { ensureDbReady } from "~/db.server";
import { seedMarketData } from "~/market/seed.server";
import { type AppServer, startAppServer } from "../../support/app-server";

let server: AppServer;
/** Every page reached by following links from /compare and /salaries, by path. */
const pages = new Map<string, { html: string; headers: Headers }>();

const MARKET_LINK = /href="(\/(?:compare|salaries)(?:\/[a-z-]+)?)"/g;

async function walk(start: string[]) {
  const queue = [...start];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (pages.has(path)) continue;
    const res = await fetch(server.url + path, { redirect: "manual" });
    expect(res.status, path).toBe(200);
    const html = await res.text();
    pages.set(path, { html, headers: res.headers });
    for (const [, link] of html.matchAll(MARKET_LINK)) if (!pages.has(link)) queue.push(link);
  }
}

/** The page's main content without scripts (JSON-LD repeats the FAQ as data) and without
 *  the empty comments React puts between adjacent text nodes. */
function mainContent(html: string): string {
  const main = html.slice(html.indexOf("<main"), html.indexOf("</main>"));
  return main.replace(/<script[\s\S]*?<\/script>/g, "").replace(/<!-- -->/g, "");
}

function text(html: string): string {
  return html.replace(/<[^>]+>/g, "");
}

/** The <figure data-cited> blocks of a page (they never nest) and what lies outside them. */
function citedBlocks(html: string): { blocks: string[]; outside: string } {
  const pattern = /<figure data-cited[\s\S]*?<\/figure>/g;
  const main = mainContent(html);
  return { blocks: main.match(pattern) ?? [], outside: main.replace(pattern, "") };
}

const PAY_FIGURE = /\$\s?\d|\b\d{1,3}(?:,\d{3})+\b/;

beforeAll(async () => {
  await ensureDbReady();
  await seedMarketData();
  server = await startAppServer();
  await walk(["/compare", "/salaries"]);
}, 300_000);

afterAll(async () => {
  await server?.stop();
});

describe("public market pages", () => {
  it("link to each other so that walking from the indexes reaches every page in the sitemap", async () => {
    const sitemap = await (await fetch(`${server.url}/sitemap.xml`)).text();
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url).pathname);
    const marketPages = listed.filter((p) => p.startsWith("/compare") || p.startsWith("/salaries"));
    expect(marketPages).toContain("/compare/full-stack-vs-backend-engineer");
    expect(marketPages.length).toBeGreaterThanOrEqual(20);
    expect([...pages.keys()].sort()).toEqual([...marketPages].sort());
    expect(sitemap).toContain(`<loc>${server.url}/compare/full-stack-vs-backend-engineer</loc>`);
  });

  it("show every pay figure above a source line that gives the source, sample size and period", () => {
    for (const [path, { html }] of pages) {
      const { blocks, outside } = citedBlocks(html);
      expect(outside, `${path} has a figure outside a cited block`).not.toMatch(PAY_FIGURE);
      for (const block of blocks.filter((b) => PAY_FIGURE.test(b))) {
        const line = text(/<figcaption data-source-line[\s\S]*?<\/figcaption>/.exec(block)?.[0] ?? "");
        expect(line, `${path}: cited block without a source line`).toContain("Sources:");
        const entries = line.split(/\[\d+\]/).slice(1);
        expect(entries.length, path).toBeGreaterThan(0);
        for (const entry of entries) {
          expect(entry, path).toMatch(/period [^·]+·/);
          expect(entry, path).toMatch(/n = [\d,]+|employment [\d,]+|no sample/);
        }
      }
    }
  });

  it("attribute Stack Overflow's figures under the ODbL wherever they appear", () => {
    const withSo = [...pages].filter(([, { html }]) =>
      text(mainContent(html)).includes("Stack Overflow Developer Survey 2025 · period"),
    );
    expect(withSo.length).toBeGreaterThan(0);
    for (const [path, { html }] of withSo) {
      expect(mainContent(html), path).toContain(
        "© Stack Overflow, made available under the Open Database License (ODbL) 1.0",
      );
    }
  });

  it("are cacheable by a CDN, titled, described and canonical", () => {
    for (const [path, { html, headers }] of pages) {
      expect(headers.get("cache-control"), path).toBe(
        "public, max-age=300, s-maxage=3600, stale-while-revalidate=86400",
      );
      expect(html, path).toMatch(/<title>[^<]{20,}<\/title>/);
      expect(html, path).toMatch(/<meta name="description" content="[^"]{50,}"/);
      expect(html, path).toContain(`<link rel="canonical" href="${server.url}${path}"/>`);
    }
  });

  it("give comparison pages FAQ structured data carrying the response's CSP nonce", async () => {
    const res = await fetch(`${server.url}/compare/full-stack-vs-backend-engineer`);
    const nonce = /'nonce-([^']+)'/.exec(res.headers.get("content-security-policy") ?? "")?.[1];
    const html = await res.text();
    const script = /<script type="application\/ld\+json" nonce="([^"]*)">([\s\S]*?)<\/script>/.exec(html);
    expect(script?.[1]).toBe(nonce);
    const faq = JSON.parse(script?.[2] ?? "{}");
    expect(faq["@type"]).toBe("FAQPage");
    expect(faq.mainEntity[0].name).toBe("Who earns more, a full-stack engineer or a back-end engineer?");
    expect(faq.mainEntity[0].acceptedAnswer.text).toMatch(
      /Stack Overflow Developer Survey 2025; n = [\d,]+ and [\d,]+/,
    );
  });

  it("give every comparison its sections, an accessible chart, related comparisons and the toolkit", () => {
    const comparisons = [...pages].filter(([path]) => path.startsWith("/compare/"));
    expect(comparisons.length).toBeGreaterThanOrEqual(12);
    for (const [path, { html }] of comparisons) {
      const main = mainContent(html);
      for (const heading of [
        "Typical pay by seniority",
        "Where each role earns more, and why",
        "Skill breadth vs depth",
        "How the roles compare",
        "Career ladder by level",
        "Where each path plateaus, and where people move next",
        "Competencies that command premiums",
        "Frequently asked questions",
        "Related comparisons",
      ]) {
        expect(main, `${path}: ${heading}`).toContain(`>${heading}</h2>`);
      }
      expect(main, path).toMatch(/>Negotiating an offer as /);
      expect(main, path).toMatch(
        /<svg[^>]*role="img"[^>]*aria-labelledby="[^"]+"[\s\S]*?<title id="[^"]+">[^<]+<\/title><desc id="[^"]+">Median annual pay\./,
      );
      expect(main, path).toContain('href="/pricing"');
      expect(main, path).toMatch(/href="\/compare\/[a-z-]+-vs-[a-z-]+"/);
      expect(main, path).toMatch(/href="\/salaries\/[a-z-]+"/);
    }
  });

  it("compare full-stack and back-end engineers like for like where the data allows", () => {
    const main = mainContent(pages.get("/compare/full-stack-vs-backend-engineer")!.html);
    expect(main).toContain(
      "Senior: back-end engineers earn more at the median: $161,880 for full-stack engineers and $190,400 for back-end engineers (ai-jobs.net salary survey, 2024; n = 76 and 60)",
    );
    expect(main).toContain("$175,000 for back-end engineers (Stack Overflow Developer Survey 2025; n = 1,650 and 687)");
  });

  it("show the BLS May 2024 software developers median on the software engineer salary page", () => {
    const main = mainContent(pages.get("/salaries/software-engineer")!.html);
    expect(main).toMatch(
      /May 2024<sup[^>]*>\[\d+\]<\/sup><\/th><td[^>]*>\$79,850<\/td><td[^>]*>\$103,050<\/td><td[^>]*>\$133,080<\/td>/,
    );
    expect(main).toContain("San Francisco-Oakland-Fremont, CA");
  });
});

describe("market page addresses", () => {
  it("answer 404 for an unknown comparison or role, and redirect the reversed pair", async () => {
    for (const path of ["/compare/chef-vs-backend-engineer", "/salaries/astronaut"]) {
      const res = await fetch(server.url + path);
      expect(res.status, path).toBe(404);
      expect(await res.text()).toContain("Page not found");
    }
    const reversed = await fetch(`${server.url}/compare/backend-vs-full-stack-engineer`, { redirect: "manual" });
    expect(reversed.status).toBe(301);
    expect(reversed.headers.get("location")).toBe("/compare/full-stack-vs-backend-engineer");
  });

  it("keep a signed-in visitor's page out of shared caches", async () => {
    const res = await fetch(`${server.url}/compare/full-stack-vs-backend-engineer`, {
      headers: { Cookie: `${sessionCookieName()}=someone.secret` },
    });
    expect(res.headers.get("cache-control")).toBe("private, no-cache");
  });

  it("point crawlers at the sitemap", async () => {
    const robots = await (await fetch(`${server.url}/robots.txt`)).text();
    expect(robots).toContain(`Sitemap: ${server.url}/sitemap.xml`);
    expect(robots).toContain("Disallow: /account");
  });
});
