// npm run scan -- <file.pdf> [--job <file.txt>] [--role "<title>"] [--json]
// Prints the report (or one JSON object). Exit code 2 when the PDF cannot be read the
// way an ATS would read it (not a PDF, encrypted, damaged, too slow, needs OCR).
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { createResumeScanner, reportToJson, reportToText } from "./scan.server.ts";

const USAGE = 'Usage: npm run scan -- <resume.pdf> [--job <job-description.txt>] [--role "<target title>"] [--json]';

const EXIT_USAGE = 1;
const EXIT_UNREADABLE = 2;

async function readInput(path: string, what: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
    process.stderr.write(`Cannot read the ${what} ${path}: ${reason}\n`);
    return null;
  }
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: { job: { type: "string" }, role: { type: "string" }, json: { type: "boolean", default: false } },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  const [file, ...extra] = args.positionals;
  if (!file || extra.length > 0) {
    process.stderr.write(`${USAGE}\n`);
    return EXIT_USAGE;
  }
  const pdf = await readInput(file, "resume");
  if (!pdf) return EXIT_UNREADABLE;
  const job = args.values.job ? await readInput(args.values.job, "job description") : null;
  if (args.values.job && !job) return EXIT_UNREADABLE;

  const scanner = createResumeScanner({ size: 1 });
  try {
    const outcome = await scanner.scan(new Uint8Array(pdf), {
      jobDescription: job?.toString("utf8"),
      targetRole: args.values.role,
    });
    if (!outcome.ok) {
      process.stderr.write(`${file}: ${outcome.reason}: ${outcome.message}\n`);
      return EXIT_UNREADABLE;
    }
    const { report } = outcome;
    process.stdout.write(
      args.values.json ? `${JSON.stringify(reportToJson(report), null, 2)}\n` : `${reportToText(report)}\n`,
    );
    if (report.needsOcr) {
      process.stderr.write(`${file}: needs OCR: the PDF has no text layer an ATS could read.\n`);
      return EXIT_UNREADABLE;
    }
    return 0;
  } finally {
    await scanner.close();
  }
}

process.exitCode = await main();
