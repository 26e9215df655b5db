import autocannon from "autocannon";

export interface HttpMeasure {
  path: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

/** Load one URL for a fixed time with a bounded number of connections (loopback only). */
export async function measure(
  baseUrl: string,
  path: string,
  opts: { seconds?: number; connections?: number; headers?: Record<string, string> } = {},
): Promise<HttpMeasure> {
  const result = await autocannon({
    url: baseUrl + path,
    connections: opts.connections ?? 10,
    duration: opts.seconds ?? 5,
    headers: opts.headers,
  });
  return {
    path,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

export function formatMeasure(m: HttpMeasure): string {
  return `${m.path.padEnd(44)} ${m.requestsPerSecond.toFixed(0).padStart(7)} req/s   p50 ${m.p50.toFixed(1).padStart(6)} ms   p99 ${m.p99.toFixed(1).padStart(6)} ms${m.errors ? `   (${m.errors} errors)` : ""}`;
}

/** The ratio lines every benchmark reports against the baseline of the same run. */
export function ratioLine(label: string, m: HttpMeasure, baseline: HttpMeasure): string {
  return `${label}: throughput ${(m.requestsPerSecond / baseline.requestsPerSecond).toFixed(2)}× baseline, p99 ${(m.p99 / Math.max(baseline.p99, 0.01)).toFixed(2)}× baseline`;
}
