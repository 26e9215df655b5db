import { type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { accessFor } from "~/billing/access.server";
import { PageHeading } from "~/ui/forms";

export const meta: MetaFunction = () => [{ title: "Your access · Career Recovery Toolkit" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireUser(request);
  const access = await accessFor(user.id);
  if (access.state === "active") return redirect("/toolkit");
  if (access.state === "none") return redirect("/pricing");
  return access;
}

const WHY = {
  refunded: "Your payment was refunded, so lifetime access ended with it.",
  disputed:
    "Your bank opened a dispute about the payment, so access is paused until it is resolved. If the dispute is closed in our favour, access comes back by itself.",
  dispute_lost: "A bank dispute about the payment was decided for the card holder, so access ended.",
};

export default function AccessState() {
  const access = useLoaderData<typeof loader>();
  if (access.state === "processing") {
    return (
      <div className="mx-auto max-w-lg">
        <PageHeading title="Your payment is processing" />
        <p className="text-stone-700">
          Some payment methods take a few days to clear. We will email you as soon as it does, and the toolkit opens
          then.
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-lg">
      <PageHeading title="The toolkit is locked" />
      <p className="text-stone-700">{WHY[access.reason]}</p>
      <p className="mt-4 text-stone-700">
        Your documents are still yours: <Link to="/documents">open, download or delete them</Link>. You can{" "}
        <Link to="/pricing">buy lifetime access again</Link> at any time.
      </p>
    </div>
  );
}
