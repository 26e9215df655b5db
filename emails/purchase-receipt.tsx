import { formatDate, formatMoney } from "~/format";
import { ActionButton, EmailLayout, Paragraph, TextLink } from "./layout";

export interface PurchaseReceiptProps {
  amountCents: number;
  /** ISO 4217 code, any case ("usd"). */
  currency: string;
  paidAt: Date;
  /** Absolute link to /toolkit. */
  toolkitUrl: string;
  /** Stripe's hosted receipt, when the payment has one. */
  receiptUrl?: string | null;
}

const INCLUDED = [
  "Resume scanner: an explained score, what applicant-tracking systems extract, and fixes that keep your facts.",
  "Interview prep: mock interviews shaped like real company loops, with feedback on every answer.",
  "Layoff-explanation writer: short, honest explanations for interviews, cover letters and LinkedIn.",
  "Negotiation-email generator: your offer placed against public pay data, and a counter-offer email.",
  "Every document you make, saved to reopen, copy, download or delete.",
];

export function purchaseReceiptSubject(props: PurchaseReceiptProps): string {
  return `Your receipt: ${formatMoney(props.amountCents, props.currency)} for lifetime access`;
}

export function PurchaseReceipt({ amountCents, currency, paidAt, toolkitUrl, receiptUrl }: PurchaseReceiptProps) {
  const amount = formatMoney(amountCents, currency);
  return (
    <EmailLayout preview={`${amount} paid on ${formatDate(paidAt)}. The toolkit is yours for life.`} heading="Thank you: the toolkit is yours">
      <Paragraph>
        We received your payment of {amount} ({currency.toUpperCase()}) on {formatDate(paidAt)}. It is a one-time
        payment for lifetime access: no subscription, nothing renews.
      </Paragraph>
      <Paragraph>Lifetime access includes:</Paragraph>
      <ul>
        {INCLUDED.map((item) => (
          <li key={item}>
            <Paragraph style={{ margin: "0 0 8px" }}>{item}</Paragraph>
          </li>
        ))}
      </ul>
      <ActionButton href={toolkitUrl}>Open the toolkit</ActionButton>
      {receiptUrl ? (
        <Paragraph>
          Your card receipt from our payment provider: <TextLink href={receiptUrl}>{receiptUrl}</TextLink>
        </Paragraph>
      ) : null}
    </EmailLayout>
  );
}
