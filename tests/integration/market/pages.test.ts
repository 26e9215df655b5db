// The public market pages, walked through the production server (needs `npm run build`).

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionCookieName } from "~/auth/session.server";
import { ensureDbReady } from "~/db.server";
import { seedMarketData } from "~/market/seed.server";
import { type AppServer, startAppServer } from "../../support/app-server";
import { decodeHtml } from "../../support/html";

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

/** The text a reader sees: tags dropped, character references decoded. */
function text(html: string): string {
  return decodeHtml(html.replace(/<[^>]+>/g, ""));
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

  it("show every pay figure in a cited block, next to its sample size and a citation of the page's one source list", () => {
    for (const [path, { html }] of pages) {
      const main = mainContent(html);
      const listed = new Set([...main.matchAll(/<li id="source-(\d+)"/g)].map(([, n]) => n));
      const { blocks, outside } = citedBlocks(html);
      if (blocks.some((b) => /\$\s?\d/.test(b))) {
        expect(main.match(/data-source-list/g), `${path} has one source list`).toHaveLength(1);
      }
      const prose = outside.replace(/<section id="method"[\s\S]*?<\/section>/, "");
      expect(prose, `${path} has a figure outside a cited block`).not.toMatch(PAY_FIGURE);
      for (const block of blocks.filter((b) => /\$\s?\d/.test(b))) {
        const cited = [...block.matchAll(/href="#source-(\d+)"/g)].map(([, n]) => n);
        expect(cited.length, `${path}: a cited block without citations`).toBeGreaterThan(0);
        for (const n of cited) expect(listed, `${path} cites [${n}]`).toContain(n);
        // A sample size beside the figure, or a table column of them; wage floors have none, and say so.
        expect(block, `${path}: figures without their sample size`).toMatch(
          /n = [\d,]+|employment [\d,]+|>(n|Respondents|Employment)<\/th>|no sample/,
        );
      }
      const sources = text(/<ol[^>]*data-source-list[\s\S]*?<\/ol>/.exec(main)?.[0] ?? "");
      for (const entry of sources.split(/\[\d+\]/).slice(1)) expect(entry, path).toMatch(/period [^·]+/);
    }
  });

  it("attribute Stack Overflow's figures under the ODbL, and state each licence once", () => {
    const withSo = [...pages].filter(([, { html }]) =>
      text(mainContent(html)).includes("Stack Overflow Developer Survey 2025"),
    );
    expect(withSo.length).toBeGreaterThan(0);
    for (const [path, { html }] of withSo) {
      const main = mainContent(html);
      expect(main, path).toContain("© Stack Overflow, https://survey.stackoverflow.co/2025/");
      const licences = text(/<ul[^>]*data-licences[\s\S]*?<\/ul>/.exec(main)?.[0] ?? "");
      expect(licences.match(/Open Database License \(ODbL\) 1\.0/g), path).toHaveLength(1);
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
    expect(faq.mainEntity[0].acceptedAnswer.text).toMatch(/n = 687 and 1,650; Stack Overflow 2025/);
  });

  it("give every comparison its answer, chart, limits, skills, hand-offs and sources", () => {
    const comparisons = [...pages].filter(([path]) => path.startsWith("/compare/"));
    expect(comparisons.length).toBeGreaterThanOrEqual(12);
    for (const [path, { html }] of comparisons) {
      const main = mainContent(html);
      for (const heading of [
        "The short answer",
        "Salary by level",
        "What this data cannot say",
        "Official statistics",
        "Skills that command premiums",
        "Use these figures",
        "Where each role earns more, and why",
        "Career ladder by level",
        "Frequently asked questions",
        "How we decide a verdict",
        "Related comparisons",
        "Sources",
      ]) {
        expect(main, `${path}: ${heading}`).toMatch(new RegExp(`>${heading}</h2>`));
      }
      // One drawing per layout, each labelled by the chart's title and pointing to its table.
      const charts = [
        ...main.matchAll(/<svg[^>]*role="img"[^>]*aria-labelledby="([^"]+)"[^>]*aria-describedby="([^"]+)"[^>]*>/g),
      ];
      expect(
        charts.map((c) => /data-layout="(\w+)"/.exec(c[0])?.[1]),
        path,
      ).toEqual(["wide", "narrow"]);
      expect(main, path).toContain(`<h3 id="${charts[0][1]}"`);
      expect(main, path).toMatch(/<table[^>]*data-level-table/);
      expect(main, path).toMatch(/href="\/toolkit\/negotiate\?role=[a-z-]+&amp;level=(early|mid|senior|staff)"/);
      expect(main, path).toContain('href="/pricing"');
      expect(main, path).toMatch(/href="\/compare\/[a-z-]+-vs-[a-z-]+"/);
      expect(main, path).toMatch(/href="\/salaries\/[a-z-]+"/);
    }
  });

  it("answer full-stack vs back-end honestly: no clear difference by level, back-end higher in the survey", () => {
    const html = mainContent(pages.get("/compare/full-stack-vs-backend-engineer")!.html);
    const main = text(html);
    expect(main).toContain("No clear difference in salary");
    expect(main).toMatch(
      /Back-end engineers' median salary is \$28,520 higher at senior level, but the 95% interval of the gap \(−\$\d,000 to \+\$\d+,000\) includes zero/,
    );
    expect(main).toContain("Software engineers' figure, for both roles");
    expect(main).toContain("counts full-stack engineers and back-end engineers together as Software Developers");
    expect(main).toContain(
      "$37,000 higher across all levels ($175,000 against $138,000; n = 687 and 1,650; Stack Overflow 2025)",
    );
    expect(html).toContain('href="/toolkit/interview?role=backend&amp;company=google"');
  });

  it("show the BLS May 2024 software developers median on the software engineer salary page", () => {
    const main = mainContent(pages.get("/salaries/software-engineer")!.html);
    expect(main).toMatch(
      /May 2024<sup[^>]*><a[^>]*>\[\d+\]<\/a><\/sup><\/th><td[^>]*>\$79,850<\/td><td[^>]*>\$103,050<\/td><td[^>]*>\$133,080<\/td>/,
    );
    expect(main).toContain("San Francisco-Oakland-Fremont, CA");
  });

  it("name levels in plain words on salary pages, never a source's codes", () => {
    for (const [path, { html }] of pages) {
      expect(text(mainContent(html)), path).not.toMatch(/· (EN|MI|SE|EX)\b/);
    }
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

  it("serve a signed-out visitor's second request from the page cache, with the new nonce", async () => {
    const path = "/compare/data-engineer-vs-data-scientist";
    await fetch(server.url + path);
    const second = await fetch(server.url + path);
    expect(second.headers.get("x-page-cache")).toBe("hit");
    const nonce = /'nonce-([^']+)'/.exec(second.headers.get("content-security-policy") ?? "")?.[1];
    expect(await second.text()).toContain(`nonce="${nonce}"`);
  });

  it("keep a signed-in visitor's page out of shared caches", async () => {
    const res = await fetch(`${server.url}/compare/full-stack-vs-backend-engineer`, {
      headers: { Cookie: `${sessionCookieName()}=someone.secret` },
    });
    expect(res.headers.get("cache-control")).toBe("private, no-store");
  });

  it("point crawlers at the sitemap", async () => {
    const robots = await (await fetch(`${server.url}/robots.txt`)).text();
    expect(robots).toContain(`Sitemap: ${server.url}/sitemap.xml`);
    expect(robots).toContain("Disallow: /account");
  });
});
