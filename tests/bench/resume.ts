// Resume scanner benchmark: time per scan over the corpus (p50/p95) as a ratio to bare
// pdf-parse text extraction of the same files in the same run, and scans per second with
// four scans in flight on the default pool.
import fs from "node:fs";
import path from "node:path";
import { PDFParse } from "pdf-parse";
import { EXTRACTION_DEFAULTS, ExtractionPool } from "~/resume/extract.server";
import { buildLayout } from "~/resume/layout";
import { parseResume } from "~/resume/parse";
import { createResumeScanner } from "~/resume/scan.server";

const ROUNDS = 5;
const CONCURRENCY = 4;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function summary(samples: number[]): { p50: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

async function bareExtraction(bytes: Uint8Array): Promise<void> {
  const parser = new PDFParse({ data: bytes.slice(), isEvalSupported: false });
  try {
    await parser.getText();
  } finally {
    await parser.destroy();
  }
}

export async function benchResume(): Promise<string[]> {
  const dir = path.resolve("tests/fixtures/resumes");
  const files = fs
    .readdirSync(dir)
    .filter((file) => file.endsWith(".pdf"))
    .sort()
    .map((file) => new Uint8Array(fs.readFileSync(path.join(dir, file))));
  const scanner = createResumeScanner();
  try {
    const scanOnce = async (bytes: Uint8Array) => {
      const outcome = await scanner.scan(bytes);
      if (!outcome.ok) throw new Error(`corpus file failed to scan: ${outcome.reason}`);
    };
    // One untimed pass each, so both sides are measured warm (workers started, code compiled).
    for (const bytes of files) {
      await scanOnce(bytes);
      await bareExtraction(bytes);
    }

    const scanTimes: number[] = [];
    const bareTimes: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const bytes of files) {
        scanTimes.push(await timed(() => scanOnce(bytes)));
        bareTimes.push(await timed(() => bareExtraction(bytes)));
      }
    }

    const jobs = Array.from({ length: ROUNDS * files.length }, (_, i) => files[i % files.length]);
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < jobs.length) await scanOnce(jobs[next++]);
      }),
    );
    const perSecond = jobs.length / ((performance.now() - started) / 1000);

    // The parser alone (layout + structure, on the main thread) over the same documents.
    const pool = new ExtractionPool({ size: 1 });
    const documents = [];
    try {
      for (const bytes of files) {
        const extraction = await pool.extract(bytes);
        if (extraction.ok) documents.push(extraction.document);
      }
    } finally {
      await pool.close();
    }
    const parseTimes: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const document of documents)
        parseTimes.push(await timed(async () => parseResume(buildLayout(document), [])));
    }

    const scan = summary(scanTimes);
    const parse = summary(parseTimes);
    const bare = summary(bareTimes);
    // The p50s above may come from different files; each scan and the bare read after it
    // are of one file, so their ratios (and the whole corpus's totals) compare like with like.
    const paired = summary(scanTimes.map((time, i) => time / bareTimes[i]));
    const total = (times: number[]) => times.reduce((sum, time) => sum + time, 0);
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    return [
      `Resume scan (${files.length} corpus PDFs × ${ROUNDS} rounds, warm)`,
      `  scan (worker + layout + parse + score)   p50 ${ms(scan.p50)}   p95 ${ms(scan.p95)}`,
      `  bare pdf-parse getText (main thread)     p50 ${ms(bare.p50)}   p95 ${ms(bare.p95)}   ← baseline`,
      `  ratio scan / bare                        p50 ${(scan.p50 / bare.p50).toFixed(2)}×   p95 ${(scan.p95 / bare.p95).toFixed(2)}×`,
      `  ratio per file, scan / bare after it     p50 ${paired.p50.toFixed(2)}×   p95 ${paired.p95.toFixed(2)}×   all scans / all bare reads ${(total(scanTimes) / total(bareTimes)).toFixed(2)}×`,
      `  parser alone (layout + parse) / bare     p50 ${(parse.p50 / bare.p50).toFixed(2)}×   p95 ${(parse.p95 / bare.p95).toFixed(2)}×`,
      `  throughput, ${CONCURRENCY} scans in flight, pool of ${EXTRACTION_DEFAULTS.size}   ${perSecond.toFixed(1)} scans/s (${jobs.length} scans)`,
    ];
  } finally {
    await scanner.close();
  }
}
