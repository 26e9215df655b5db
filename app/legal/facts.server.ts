import { SESSION_ABSOLUTE_MS } from "~/auth/session.server";
import { REFUND_WINDOW_DAYS } from "~/billing/refund-policy";
import { config } from "~/config.server";
import { TRASH_DAYS } from "~/documents/limits";
import { formatMoney } from "~/format";
import type { PolicyFacts } from "~/legal/policies";

/** This deployment's facts for the policies, from the modules that own each of them. */
export function policyFacts(): PolicyFacts {
  const cfg = config();
  return {
    price: formatMoney(cfg.price.cents, cfg.price.currency),
    refundWindowDays: REFUND_WINDOW_DAYS,
    trashDays: TRASH_DAYS,
    sessionDays: Math.round(SESSION_ABSOLUTE_MS / 86_400_000),
    supportEmail: cfg.supportEmail,
    payments: cfg.services.payments,
    email: cfg.services.email,
    modelHost: cfg.openai.apiKey ? new URL(cfg.openai.baseUrl ?? "https://api.openai.com/v1").host : null,
  };
}
