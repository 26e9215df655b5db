// `npm run stripe:reconcile [-- --days N]`: fulfils paid checkouts the webhooks missed.
import { reconcile } from "~/billing/reconcile.server";

const daysFlag = process.argv.indexOf("--days");
const sinceDays = daysFlag >= 0 ? Number(process.argv[daysFlag + 1]) : 7;
if (!Number.isInteger(sinceDays) || sinceDays < 1 || sinceDays > 90) {
  console.error("Usage: npm run stripe:reconcile -- [--days 1..90]");
  process.exit(2);
}
reconcile({ sinceDays })
  .then((report) => {
    for (const line of report.lines) console.log(line);
    process.exit(0);
  })
  .catch((error: unknown) => {
    console.error(`Reconcile failed: ${(error as Error).message}`);
    process.exit(1);
  });
