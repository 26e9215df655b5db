import { config, outboxReadableBy } from "~/config.server";
import { db } from "~/db.server";

// Reading the outbox for the /dev/outbox pages.

/**
 * Whether this client may read the outbox (see `outboxPageMode`). `clientIp` is Express's
 * `req.ip`: the socket's peer, or what a trusted proxy reported. Everyone else gets 404.
 */
export function outboxIsReadable(clientIp: string): boolean {
  return outboxReadableBy(config().outboxPage, clientIp);
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
