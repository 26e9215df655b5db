import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { policyFacts } from "~/legal/facts.server";
import { POLICY_DATE, termsSections } from "~/legal/policies";
import { PolicyPage } from "~/legal/ui/PolicyPage";

export const meta: MetaFunction = () => [
  { title: "Terms · Career Recovery Toolkit" },
  {
    name: "description",
    content:
      "The terms of lifetime access to the Career Recovery Toolkit: what you buy, refunds, and what the tools are and are not.",
  },
];

export function loader() {
  return { sections: termsSections(policyFacts()) };
}

export default function Terms() {
  const { sections } = useLoaderData<typeof loader>();
  return (
    <PolicyPage
      title="Terms"
      date={POLICY_DATE}
      intro={
        <>
          The agreement between you and us when you use the toolkit. What we store about you is in the{" "}
          <Link to="/privacy">privacy policy</Link>.
        </>
      }
      sections={sections}
    />
  );
}
