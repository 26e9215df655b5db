import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { CounterPlanView } from "~/negotiation/ui/CounterPlan";
import { MarketPositionView } from "~/negotiation/ui/MarketPosition";
import {
  BLS_SOFTWARE_DEVELOPERS_2024,
  SOFTWARE_DEVELOPERS_RANGE,
  compute,
  offerFrom,
  rangeFrom,
} from "../../fixtures/negotiation/computations";

const AMAZON_GRANT = { equityKind: "dollars", equityAmount: "$200,000", vestingSchedule: "amazon_5_15_40_40" };

describe("market position view", () => {
  const { position } = compute(offerFrom({ baseSalary: "$150,000", ...AMAZON_GRANT }), SOFTWARE_DEVELOPERS_RANGE);
  const html = renderToStaticMarkup(<MarketPositionView position={position} />);

  it("draws the range as an image with a title and a description of the same facts", () => {
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="[^"]+-title [^"]+-desc"/);
    expect(html).toContain("<title");
    expect(html).toContain(
      "Offer base $150,000, at the 62nd percentile. Offer yearly total $200,000, at the 86th percentile. Published percentiles: 10th $79,850, 25th $103,050, 50th $133,080, 75th $169,000, 90th $211,450.",
    );
  });

  it("gives the same facts as a table, in order of amount", () => {
    const rows = [...html.matchAll(/<th scope="row"[^>]*>([^<]+)<\/th><td[^>]*>([^<]+)<\/td>/g)].map(
      (match) => `${match[1]}: ${match[2]}`,
    );
    expect(rows).toEqual([
      "10th percentile: $79,850",
      "25th percentile: $103,050",
      "50th percentile: $133,080",
      "Offer base, at the 62nd percentile: $150,000",
      "75th percentile: $169,000",
      "Offer yearly total, at the 86th percentile: $200,000",
      "90th percentile: $211,450",
    ]);
  });

  it("lists the sources with their sample and date", () => {
    expect(html).toContain("data as of May 12, 2024; covering an estimated 1,654,440 jobs; observed pay");
    expect(html).toContain("data as of July 24, 2024; n = 776; self-reported survey median");
    expect(html).toContain('href="https://www.bls.gov/oes/tables.htm"');
  });

  it("shows what the data doesn't cover and how the yearly figures were worked out", () => {
    expect(html).toContain("What the data doesn&#x27;t cover");
    expect(html).toContain("No public company-specific figures for Acme Robotics");
    expect(html).toContain("vests $10,000 in the first year and $50,000 a year on average");
  });

  it("renders text from outside as text, and only web addresses as links", () => {
    const hostile = {
      ...BLS_SOFTWARE_DEVELOPERS_2024,
      sourceName: "<img src=x onerror=alert(1)>",
      url: "javascript:alert(1)",
    };
    const range = rangeFrom(hostile, { notes: ["<script>alert(2)</script>"] });
    const hostileHtml = renderToStaticMarkup(<MarketPositionView position={compute(offerFrom(), range).position} />);
    expect(hostileHtml).not.toContain("<img");
    expect(hostileHtml).not.toContain("<script");
    expect(hostileHtml).toContain("&lt;script&gt;alert(2)&lt;/script&gt;");
    expect(hostileHtml).not.toContain("javascript:");
  });

  it("says so when there is no range", () => {
    const empty = renderToStaticMarkup(<MarketPositionView position={compute(offerFrom(), null).position} />);
    expect(empty).toContain("There is no market range to place the offer against.");
    expect(empty).not.toContain("<svg");
  });
});

describe("counter plan view", () => {
  it("shows the lead argument and why, the asks in order, what was left out and how the numbers were worked out", () => {
    const { plan, company } = compute(
      offerFrom({ baseSalary: "$120,000", deadline: "2025-06-03" }),
      SOFTWARE_DEVELOPERS_RANGE,
    );
    const html = renderToStaticMarkup(<CounterPlanView plan={plan} company={company} />);
    expect(html).toContain("Lead with: the market median");
    expect(html).toContain("Leads with the market median: the offered base is $13,080 under the median of $133,080.");
    expect(html).toContain("<li>A base salary of $144,000</li>");
    expect(html).toContain("The market 10th percentile ($79,850) and 25th percentile ($103,050).");
    expect(html).toContain("120% of $120,000 = $144,000");
    expect(html).toContain("the email asks to move it 48 hours, to June 5, 2025");
  });

  it("never lists the lead again among the reasons not led with, also once read back from a saved document", () => {
    const { plan, company } = compute(offerFrom({ baseSalary: "$120,000" }), SOFTWARE_DEVELOPERS_RANGE);
    const saved = JSON.parse(JSON.stringify(plan)) as typeof plan;
    for (const shown of [plan, saved]) {
      const html = renderToStaticMarkup(<CounterPlanView plan={shown} company={company} />);
      expect(html).toContain("Lead with: the market median");
      expect(html).not.toContain("The market median: weaker here than the lead");
    }
  });

  it("advises accepting, for the person only, when the data supports no more pay", () => {
    const { plan, company } = compute(offerFrom({ baseSalary: "$250,000" }), SOFTWARE_DEVELOPERS_RANGE);
    const html = renderToStaticMarkup(<CounterPlanView plan={plan} company={company} />);
    expect(html).toContain("Consider accepting: the data supports no more pay");
    expect(html).toContain(
      "The market 10th percentile ($79,850), 25th percentile ($103,050), median ($133,080), 75th percentile ($169,000) and 90th percentile ($211,450).",
    );
  });

  it("lists the company facts it relied on with their status and source", () => {
    const { plan, company } = compute(
      offerFrom({ company: "Amazon", baseSalary: "$150,000", ...AMAZON_GRANT }),
      SOFTWARE_DEVELOPERS_RANGE,
    );
    const html = renderToStaticMarkup(<CounterPlanView plan={plan} company={company} />);
    expect(html).toContain("What we know about Amazon");
    expect(html).toContain("reported, not confirmed by the company");
    expect(html).toContain('href="https://www.washingtonpost.com/technology/2022/02/07/amazon-base-pay-increase/"');
  });
});
