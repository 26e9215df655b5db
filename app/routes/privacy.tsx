import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { policyFacts } from "~/legal/facts.server";
import { POLICY_DATE, privacySections } from "~/legal/policies";
import { PolicyPage } from "~/legal/ui/PolicyPage";

export const meta: MetaFunction = () => [
  { title: "Privacy policy · Career Recovery Toolkit" },
  {
    name: "description",
    content: "What the Career Recovery Toolkit stores, for how long, who processes it, and how to export or delete it.",
  },
];

export function loader() {
  return { sections: privacySections(policyFacts()) };
}

export default function Privacy() {
  const { sections } = useLoaderData<typeof loader>();
  return (
    <PolicyPage
      title="Privacy policy"
      date={POLICY_DATE}
      intro={
        <>
          What this site really stores and does with it, in plain words. The <Link to="/terms">terms</Link> cover buying
          and refunds.
        </>
      }
      sections={sections}
    />
  );
}
