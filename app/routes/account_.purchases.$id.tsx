import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { PRODUCT_NAME } from "~/billing/product";
import { REFUND_WINDOW_DAYS, refundDeadline } from "~/billing/refund-policy";
import { findOwnPurchase, refundDecisionFor, requestRefund } from "~/billing/refund.server";
import { PURCHASE_STATUS } from "~/billing/ui/purchase-status";
import { FormMessage, PageHeading, SubmitButton } from "~/ui/forms";
import { formatDate, formatDateTime, formatMoney } from "~/format";
import { readForm } from "~/http/form";

export const meta: MetaFunction = () => [{ title: "Your purchase · Career Recovery Toolkit" }];

async function ownPurchaseOr404(request: Request, id: string | undefined) {
  const { user } = await requireUser(request);
  const purchase = await findOwnPurchase(user.id, id ?? "");
  if (!purchase) throw data("Not found", { status: 404 });
  return { user, purchase };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { purchase } = await ownPurchaseOr404(request, params.id);
  const decision = refundDecisionFor(purchase);
  return {
    id: purchase.id,
    item: PRODUCT_NAME,
    amount: formatMoney(purchase.amountCents, purchase.currency),
    currency: purchase.currency.toUpperCase(),
    date: formatDateTime(purchase.paidAt ?? purchase.createdAt),
    status: PURCHASE_STATUS[purchase.status] ?? purchase.status,
    simulated: purchase.provider === "local",
    receiptUrl: purchase.receiptUrl,
    deadline: formatDate(refundDeadline(purchase)),
    refundedOn: purchase.refund?.completedAt ? formatDate(purchase.refund.completedAt) : null,
    decision:
      decision.kind === "refused" ? { kind: "refused" as const, reason: decision.reason } : { kind: decision.kind },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, purchase } = await ownPurchaseOr404(request, params.id);
  const form = await readForm(request);
  if (form.intent !== "refund") return data({ error: "Unknown action." }, { status: 400 });
  const result = await requestRefund(user, purchase.id);
  switch (result.kind) {
    case "refunded":
    case "already":
      // The page then shows the state as it is: refunded, or still with the provider.
      return redirect(`/account/purchases/${purchase.id}`, 303);
    case "refused":
      return data({ error: null }, { status: 409 });
    case "provider_failed":
      return data({ error: result.message }, { status: 503, headers: { "Retry-After": "60" } });
    case "not_found":
      throw data("Not found", { status: 404 });
  }
}

function RefundSection() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { decision } = page;
  if (decision.kind === "already_refunded") {
    return (
      <FormMessage kind="success">
        <strong>{`Refunded${page.refundedOn ? ` on ${page.refundedOn}` : ""}.`}</strong>{" "}
        {page.simulated
          ? "This purchase was simulated (local mode), so no money moved."
          : `${page.amount} goes back to the card or account you paid with; banks usually show it within 5 to 10 business days.`}{" "}
        Lifetime access ended with the refund. Your documents stay yours: you can still{" "}
        <Link to="/documents">open, download or delete them</Link>. We emailed you a confirmation.
      </FormMessage>
    );
  }
  if (decision.kind === "in_progress") {
    return (
      <FormMessage kind="info">
        Your refund has been asked for and our payment provider is processing it. This page and your email will say when
        it is done; you do not need to ask again.
      </FormMessage>
    );
  }
  if (decision.kind === "refused") {
    const why = {
      window_closed: `Refunds can be asked for here within ${REFUND_WINDOW_DAYS} days of paying; for this purchase that was until ${page.deadline}, so the button is gone. If something went wrong with the toolkit, write to us and we will look at it.`,
      not_paid:
        "This payment has not been completed, so there is nothing to refund. If money left your account, write to us with the order number.",
      disputed:
        "Your bank has opened a dispute about this payment, so the money is handled through that dispute and cannot be refunded here as well.",
    }[decision.reason];
    return (
      <div className="space-y-2">
        <p className="text-stone-700">{why}</p>
        <p>
          <Link to={`/contact?topic=refund&order=${page.id}`}>Contact us about this order</Link>
        </p>
      </div>
    );
  }
  return (
    <Form method="post" className="space-y-3">
      {result?.error ? <FormMessage kind="error">{result.error}</FormMessage> : null}
      <p className="text-stone-700">
        You can get the full {page.amount} back until {page.deadline}, without giving a reason. A refund ends lifetime
        access to the toolkit at once; your saved documents stay yours to open, download or delete.
      </p>
      <SubmitButton name="intent" value="refund" variant="danger" pendingText="Refunding…">
        Refund my payment
      </SubmitButton>
    </Form>
  );
}

export default function PurchasePage() {
  const page = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-2xl space-y-8">
      <PageHeading title="Your purchase" />
      <section aria-labelledby="receipt-title" className="rounded-lg border border-stone-200 bg-white p-6">
        <h2 id="receipt-title" className="text-xl font-semibold">
          Receipt
        </h2>
        <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">Order</dt>
          <dd className="break-all font-mono text-sm">{page.id}</dd>
          <dt className="font-medium">Item</dt>
          <dd>{page.item}</dd>
          <dt className="font-medium">Amount</dt>
          <dd>
            {page.amount} ({page.currency}){page.simulated ? ", simulated in local mode: no money moved" : ""}
          </dd>
          <dt className="font-medium">Date</dt>
          <dd>{page.date}</dd>
          <dt className="font-medium">Status</dt>
          <dd>{page.status}</dd>
        </dl>
        {page.receiptUrl ? (
          <p className="mt-4">
            <a href={page.receiptUrl}>Card receipt from Stripe</a>
          </p>
        ) : null}
      </section>
      <section aria-labelledby="refund-title" className="rounded-lg border border-stone-200 bg-white p-6">
        <h2 id="refund-title" className="mb-3 text-xl font-semibold">
          Refund
        </h2>
        <RefundSection />
      </section>
      <p>
        <Link to="/account">Back to your account</Link>
      </p>
    </div>
  );
}
