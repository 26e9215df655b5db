import type { FaqItem } from "../comparison-page";
import { Cited } from "./Cited";
import { JsonLd } from "./JsonLd";
import { Refs } from "./Refs";

export function FaqSection({ items }: { items: FaqItem[] }) {
  const structured = {
    "@context": "https://schema.org",
    "@type": "FAQPage",
    mainEntity: items.map((item) => ({
      "@type": "Question",
      name: item.question,
      acceptedAnswer: { "@type": "Answer", text: item.answer },
    })),
  };
  return (
    <section aria-labelledby="faq-title" className="space-y-3">
      <h2 id="faq-title" className="text-2xl font-semibold tracking-tight">
        Frequently asked questions
      </h2>
      <Cited label="Frequently asked questions">
        <dl className="space-y-4">
          {items.map((item) => (
            <div key={item.question}>
              <dt className="font-semibold text-stone-900">{item.question}</dt>
              <dd className="mt-1 text-stone-700">
                {item.answer}
                <Refs refs={item.refs} />
              </dd>
            </div>
          ))}
        </dl>
      </Cited>
      <JsonLd data={structured} />
    </section>
  );
}
