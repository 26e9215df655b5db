// The negotiation form's error summary: the shared one, with its checkbox group named.
import { ErrorSummary as SharedErrorSummary } from "~/ui/ErrorSummary";
import type { NegotiationFieldErrors } from "../form-values";

export function ErrorSummary({ errors }: { errors: NegotiationFieldErrors }) {
  return <SharedErrorSummary errors={errors} id="negotiate-error-summary" groups={["priority"]} />;
}
