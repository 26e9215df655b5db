import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { fulfilLocalCheckout } from "~/billing/fulfilment.server";
import { readForm } from "~/http/form";
import { FormMessage, PageHeading, SubmitButton } from "~/ui/forms";
import { config } from "~/config.server";
import { formatMoney } from "~/format";

export const meta: MetaFunction = () => [{ title: "Simulated checkout · Career Recovery Toolkit" }];

function refuseUnlessLocal() {
  const cfg = config();
  if (cfg.services.payments !== "local") throw data("Not found", { status: 404 });
  if (cfg.secureOrigin && !cfg.allowLocalPayments) throw data("Simulated payments are turned off on this site.", { status: 403 });
}

export async function loader({ request }: LoaderFunctionArgs) {
  refuseUnlessLocal();
  const { user } = await requireUser(request);
  const session = new URL(request.url).searchParams.get("session") ?? "";
  const { price } = config();
  return { session, email: user.email, price: formatMoney(price.cents, price.currency) };
}

export async function action({ request }: ActionFunctionArgs) {
  refuseUnlessLocal();
  const { user } = await requireUser(request);
  const { session } = await readForm(request);
  const result = await fulfilLocalCheckout(user, session ?? "");
  if (result.outcome === "granted") return redirect("/toolkit?welcome=1", 303);
  throw data("That simulated checkout is not valid. Start again from the pricing page.", { status: 400 });
}

export default function LocalCheckout() {
  const page = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-lg">
      <PageHeading title="Simulated checkout" />
      <FormMessage kind="info">
        This site runs without Stripe keys, so this checkout is simulated: no card is asked for and no money moves.
        Confirming grants access through the same code a real payment uses.
      </FormMessage>
      <dl className="mt-6 space-y-1">
        <div><dt className="inline font-medium">Item: </dt><dd className="inline">Career Recovery Toolkit, lifetime access</dd></div>
        <div><dt className="inline font-medium">Amount: </dt><dd className="inline">{page.price}</dd></div>
        <div><dt className="inline font-medium">Account: </dt><dd className="inline">{page.email}</dd></div>
      </dl>
      <Form method="post" className="mt-6 flex items-center gap-4">
        <input type="hidden" name="session" value={page.session} />
        <SubmitButton pendingText="Confirming…">Confirm simulated payment</SubmitButton>
        <Link to="/pricing?checkout=cancelled">Cancel</Link>
      </Form>
    </div>
  );
}
