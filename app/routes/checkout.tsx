import { type ActionFunctionArgs, data, redirect } from "@remix-run/node";
import { getOptionalUser } from "~/auth/guards.server";
import { refusalPath, startCheckout } from "~/billing/checkout.server";

export async function action({ request }: ActionFunctionArgs) {
  const user = await getOptionalUser(request);
  if (!user) return redirect("/signup?redirectTo=%2Fpricing");
  const result = await startCheckout(user);
  switch (result.kind) {
    case "redirect":
      return redirect(result.url, 303);
    case "already_paid":
    case "processing":
    case "needs_verification":
      return redirect(refusalPath(result), 303);
    case "local_refused":
      throw data(result.message, { status: 503, statusText: "Payments are not available" });
    case "unavailable":
      throw data(result.message, { status: 503, statusText: "Payments are unavailable" });
  }
}

export function loader() {
  return redirect("/pricing");
}

// Only errors render here (through the root error boundary): payments unavailable.
export default function Checkout() {
  return null;
}
