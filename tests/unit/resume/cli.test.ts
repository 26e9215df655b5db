// `npm run scan` as a user runs it: a real process, real files.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pngRenamedPdf, scannedResumePdf } from "../../support/pdf-fixtures.ts";

const TSX = createRequire(import.meta.url).resolve("tsx/cli");
const RESUME = path.resolve("tests/fixtures/resumes/rendercv-classic.pdf");

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function scan(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [TSX, "app/resume/cli.ts", ...args],
      { maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

let dir: string;
let runs: Record<"json" | "withJob" | "notPdf" | "scanned" | "noArgs", Run>;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "resume-cli-"));
  const job = path.join(dir, "job.txt");
  writeFileSync(job, "Senior ML Engineer\nWe need PyTorch, Kubernetes and CUDA experience, plus Go.");
  const notPdf = path.join(dir, "photo.pdf");
  writeFileSync(notPdf, pngRenamedPdf());
  const scanned = path.join(dir, "scanned.pdf");
  writeFileSync(scanned, await scannedResumePdf());
  const [json, withJob, notPdfRun, scannedRun, noArgs] = await Promise.all([
    scan(RESUME, "--json"),
    scan(RESUME, "--job", job, "--json"),
    scan(notPdf),
    scan(scanned),
    scan(),
  ]);
  runs = { json, withJob, notPdf: notPdfRun, scanned: scannedRun, noArgs };
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run scan", () => {
  it("--json prints one JSON object with the documented fields", () => {
    expect(runs.json.code).toBe(0);
    const result = JSON.parse(runs.json.stdout);
    expect(result.contact).toEqual({
      full_name: "John Doe",
      email: "john.doe@email.com",
      phone: null,
      location: "San Francisco, CA",
      linkedin: "linkedin.com/in/rendercv",
      github: "github.com/rendercv",
      website: "rendercv.com",
    });
    expect(result.experience[0]).toEqual(
      expect.objectContaining({
        title: "Co-Founder & CTO",
        company: "Nexus AI",
        location: "San Francisco, CA",
        start: "2023-06",
        end: "present",
      }),
    );
    expect(result.experience[0].bullets).toHaveLength(4);
    expect(result.education[0]).toEqual(
      expect.objectContaining({ degree: "PhD", institution: "Princeton University", start: "2018-09", end: "2023-05" }),
    );
    expect(result.skills).toContain("PyTorch");
    expect(result.sections).toContain("Experience");
    expect(result.score).toEqual(
      expect.objectContaining({ total: expect.any(Number), version: "ats-rules-2", items: expect.any(Array) }),
    );
    expect(result.warnings).toEqual([]);
  });

  it("--job adds the job match", () => {
    const result = JSON.parse(runs.withJob.stdout);
    expect(result.match.jobTitle).toBe("Senior ML Engineer");
    expect(result.match.matched).toContain("PyTorch");
    expect(result.match.weak).toEqual(expect.arrayContaining(["Kubernetes", "CUDA"]));
    expect(result.match.missing).toContain("Go");
  });

  it("exits 2 with a clear message for a file that is not a PDF", () => {
    expect(runs.notPdf).toMatchObject({ code: 2, stdout: "" });
    expect(runs.notPdf.stderr).toMatch(/photo\.pdf: not_pdf: This file is not a PDF/u);
  });

  it("exits 2 for a scan without a text layer, after printing its report as text", () => {
    expect(runs.scanned.code).toBe(2);
    expect(runs.scanned.stdout).toMatch(
      /^Resume scan — score 0\/100 \(rules ats-rules-2\)\n=+\n\n1 page, 0 words\nNeeds OCR/u,
    );
    expect(runs.scanned.stdout).toContain("What the ATS sees");
    expect(runs.scanned.stderr).toMatch(/needs OCR/u);
  });

  it("shows usage without a file", () => {
    expect(runs.noArgs.code).toBe(1);
    expect(runs.noArgs.stderr).toMatch(/^Usage: npm run scan -- <resume\.pdf>/u);
  });
});
