import { type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { fulfilStripeCheckout } from "~/billing/fulfilment.server";
import { FormMessage, PageHeading } from "~/ui/forms";

export const meta: MetaFunction<typeof loader> = ({ data: page }) => [
  { title: "Your payment · Career Recovery Toolkit" },
  // Without JavaScript, a processing payment page checks again by itself.
  ...(page?.state === "processing" ? [{ httpEquiv: "refresh", content: "5" } as const] : []),
];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireUser(request);
  const sessionId = new URL(request.url).searchParams.get("session_id") ?? "";
  const result = await fulfilStripeCheckout(sessionId);
  // A checkout of another account grants nothing here, whatever it says.
  const mine = "userId" in result && result.userId === user.id;
  if (mine && result.outcome === "granted") return redirect("/toolkit?welcome=1");
  if (mine && result.outcome === "pending") return { state: "processing" as const };
  if (mine && result.outcome === "failed") return { state: "failed" as const };
  return data({ state: "unknown" as const }, { status: 404 });
}

export default function CheckoutSuccess() {
  const page = useLoaderData<typeof loader>();
  if (page.state === "processing") {
    return (
      <div className="mx-auto max-w-lg">
        <PageHeading title="Payment processing" />
        <FormMessage kind="info">
          Your bank is still confirming the payment. This page checks again every few seconds, and we will email you the
          moment it clears. You can close it safely.
        </FormMessage>
      </div>
    );
  }
  if (page.state === "failed") {
    return (
      <div className="mx-auto max-w-lg">
        <PageHeading title="The payment did not go through" />
        <FormMessage kind="error">Your bank declined or cancelled the payment. Nothing was charged.</FormMessage>
        <p className="mt-6">
          <Link to="/pricing">Try again</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-lg">
      <PageHeading title="We could not find that payment" />
      <p className="text-stone-700">
        This checkout is not linked to the account you are signed in with. If you paid with another account, sign in
        with it. If you think this is a mistake, your payment is safe:{" "}
        <Link to="/contact?topic=refund">write to us</Link> with your receipt.
      </p>
      <p className="mt-6">
        <Link to="/pricing">Back to pricing</Link>
      </p>
    </div>
  );
}
