import { exportPurchases } from "~/billing/purchases.server";
import { db } from "~/db.server";
import { exportDocuments } from "~/documents/store.server";

/** Everything we hold about a user, as one machine-readable object (GET /account/export). */
export async function exportAccount(userId: string) {
  const account = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, createdAt: true, emailVerifiedAt: true },
  });
  return {
    format: "career-recovery-toolkit-export",
    version: 1,
    exportedAt: new Date().toISOString(),
    account,
    purchases: await exportPurchases(userId),
    documents: await exportDocuments(userId),
    uploads:
      "Uploaded PDFs are not kept: only the text extracted from them is stored, in each resume scan's report (output.text) and text.",
  };
}
