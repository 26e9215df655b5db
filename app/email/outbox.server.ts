import { config } from "~/config.server";
import { db } from "~/db.server";

// Reading the outbox for the /dev/outbox pages.

/** The outbox shows every email in full, codes and reset links included, so never in production. */
export function outboxIsReadable(): boolean {
  return !config().isProduction;
}

/** The newest emails first, optionally only those to one address. */
export function listOutboxEmails({ to, limit = 100 }: { to?: string; limit?: number } = {}) {
  return db.outboxEmail.findMany({
    where: to ? { to } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, to: true, subject: true, template: true, status: true, createdAt: true },
  });
}

export function findOutboxEmail(id: string) {
  return db.outboxEmail.findUnique({ where: { id } });
}
