// Comparison-page throughput and tail latency, for the lead's runner (tests/bench/run.ts),
// which reports them as ratios to the baseline route of the same run.

import { formatMeasure, measure } from "./http";

const PAGES = ["/compare/full-stack-vs-backend-engineer", "/salaries/software-engineer", "/compare"];

/** Measures the market pages on a running server; returns one report line per page. The
 *  database behind the server must hold the market data (seedMarketData). */
export async function benchCompare(baseUrl: string): Promise<string[]> {
  const lines: string[] = [];
  for (const path of PAGES) {
    const warmUp = await fetch(baseUrl + path);
    if (warmUp.status !== 200) throw new Error(`${path} answered ${warmUp.status}; is the market data seeded?`);
    await warmUp.arrayBuffer();
    lines.push(formatMeasure(await measure(baseUrl, path)));
  }
  return lines;
}
