import type { Faq } from "../comparison";
import { Cited } from "./Cited";
import { JsonLd } from "./JsonLd";

/** Answers cite figures as "[n]"; search engines get the same text without the markers. */
function withoutRefs(text: string): string {
  return text.replace(/\s?\[\d+\]/g, "");
}

export function FaqSection({ faq }: { faq: Faq }) {
  const structured = {
    "@context": "https://schema.org",
    "@type": "FAQPage",
    mainEntity: faq.items.map((item) => ({
      "@type": "Question",
      name: item.question,
      acceptedAnswer: { "@type": "Answer", text: withoutRefs(item.answer) },
    })),
  };
  return (
    <section aria-labelledby="faq-title" className="space-y-3">
      <h2 id="faq-title" className="text-2xl font-semibold">
        Frequently asked questions
      </h2>
      <Cited citations={faq.citations} label="Frequently asked questions">
        <dl className="space-y-4">
          {faq.items.map((item) => (
            <div key={item.question}>
              <dt className="font-semibold">{item.question}</dt>
              <dd className="mt-1 text-stone-800">{item.answer}</dd>
            </div>
          ))}
        </dl>
      </Cited>
      <JsonLd data={structured} />
    </section>
  );
}
