import { useNonce } from "~/ui/nonce";

/** Structured data for search engines. Not executed, but it carries the response's CSP
 *  nonce anyway; "<" is escaped so the text can never close the script element. */
export function JsonLd({ data }: { data: unknown }) {
  const nonce = useNonce();
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return (
    <script
      type="application/ld+json"
      nonce={nonce || undefined}
      suppressHydrationWarning
      dangerouslySetInnerHTML={{ __html: json }}
    />
  );
}
