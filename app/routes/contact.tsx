import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { getOptionalUser } from "~/auth/guards.server";
import { describeWait } from "~/auth/throttle-policy";
import { ErrorSummary } from "~/ui/ErrorSummary";
import { bindFields, SelectField, TextAreaField } from "~/ui/fields";
import { FormMessage, HoneypotField, PageHeading, SubmitButton, TextField } from "~/ui/forms";
import { config } from "~/config.server";
import { type FieldErrors, readForm } from "~/http/form";
import { forwardDataHeaders } from "~/http/headers";
import { retryAfter } from "~/http/retry-after";
import {
  CONTACT_TOPICS,
  type ContactField,
  MESSAGE_MAX,
  isContactTopic,
  parseContactForm,
} from "~/support/contact-form";
import { sendContactMessage } from "~/support/contact.server";

export const headers = forwardDataHeaders;

export const meta: MetaFunction = () => [
  { title: "Contact us · Career Recovery Toolkit" },
  {
    name: "description",
    content:
      "Write to the people behind the Career Recovery Toolkit: refunds, your account and data, or anything that does not work.",
  },
];

const TOPIC_OPTIONS = Object.entries(CONTACT_TOPICS).map(([value, label]) => ({ value, label }));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request);
  return { supportEmail: config().supportEmail, signedInEmail: user?.email ?? null };
}

interface ContactValues {
  name: string;
  email: string;
  topic: string;
  message: string;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await getOptionalUser(request);
  const raw = await readForm(request);
  // What the visitor typed goes back into the fields, so nothing is lost on a refusal.
  const values: ContactValues = {
    name: (raw.name ?? "").slice(0, 400),
    email: (raw.email ?? "").slice(0, 1000),
    topic: raw.topic ?? "",
    message: (raw.message ?? "").slice(0, MESSAGE_MAX * 4),
  };
  const parsed = parseContactForm(raw, user?.email ?? null);
  if (!parsed.ok) {
    return data(
      { values, fieldErrors: parsed.fieldErrors as FieldErrors<ContactField>, formError: null as string | null },
      { status: 400 },
    );
  }
  const result = await sendContactMessage({ ...parsed.value, honeypot: parsed.honeypot, ip: context.clientIp, user });
  if (result.kind === "throttled") {
    return data(
      {
        values,
        fieldErrors: {} as FieldErrors<ContactField>,
        formError: `You have sent several messages in a short time. Please wait ${describeWait(result.retryAfterSeconds)} before sending another, or email us directly.`,
      },
      { status: 429, headers: retryAfter(result.retryAfterSeconds) },
    );
  }
  return redirect("/contact?sent=1", 303);
}

function prefilledMessage(params: URLSearchParams): string {
  const order = params.get("order");
  return order && /^[a-z0-9]{1,64}$/i.test(order) ? `About order ${order}: ` : "";
}

export default function Contact() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const topic = params.get("topic");
  const values: ContactValues = result?.values ?? {
    name: "",
    email: page.signedInEmail ?? "",
    topic: topic && isContactTopic(topic) ? topic : "",
    message: prefilledMessage(params),
  };
  const errors = result?.fieldErrors ?? {};
  const field = bindFields(values, errors);
  return (
    <div className="mx-auto max-w-xl">
      <PageHeading title="Contact us">
        Write to us about a refund, your account or data, or anything that does not work. You can also email{" "}
        <a href={`mailto:${page.supportEmail}`} className="break-all">
          {page.supportEmail}
        </a>{" "}
        directly.
      </PageHeading>
      {params.get("sent") === "1" && !result ? (
        <FormMessage kind="success">
          Thank you: your message reached us. We will answer at the address you gave.
        </FormMessage>
      ) : null}
      <p className="mb-6 text-sm text-stone-700">
        Refunds within 14 days of paying need no message: use the button on your purchase in{" "}
        <Link to="/account">your account</Link>.
      </p>
      <Form method="post" className="space-y-5" noValidate>
        {result?.formError ? <FormMessage kind="error">{result.formError}</FormMessage> : null}
        <ErrorSummary errors={errors} id="contact-error-summary" />
        <TextField label="Your name" {...field("name")} autoComplete="name" required maxLength={100} />
        <TextField
          label="Your email"
          {...field("email")}
          type="email"
          autoComplete="email"
          required
          hint="We answer here."
        />
        <SelectField label="About" {...field("topic")} options={TOPIC_OPTIONS} placeholder="Choose one" required />
        <TextAreaField
          label="Message"
          {...field("message")}
          rows={7}
          required
          hint={`Up to ${MESSAGE_MAX.toLocaleString("en-US")} characters. Please leave out passwords and card numbers.`}
        />
        <HoneypotField />
        <SubmitButton pendingText="Sending…">Send message</SubmitButton>
      </Form>
      <p className="mt-6 text-sm text-stone-600">
        What we keep of your message and for how long: see the <Link to="/privacy">privacy policy</Link>.
      </p>
    </div>
  );
}
