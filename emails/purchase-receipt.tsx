import { formatDate, formatMoney } from "~/format";
import { ActionButton, EmailLayout, Paragraph, TextLink } from "./layout";

export interface PurchaseReceiptProps {
  /** The purchase's id: the order number the customer quotes. */
  orderId: string;
  /** What was bought, as on the checkout. */
  item: string;
  amountCents: number;
  /** ISO 4217 code, any case ("usd"). */
  currency: string;
  paidAt: Date;
  /** The last day a refund may be asked for. */
  refundDeadline: Date;
  /** Local mode: no money moved. */
  simulated: boolean;
  /** Absolute link to /toolkit. */
  toolkitUrl: string;
  /** Absolute link to the purchase's page under /account: the receipt and the refund button. */
  purchaseUrl: string;
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

export function PurchaseReceipt(props: PurchaseReceiptProps) {
  const amount = formatMoney(props.amountCents, props.currency);
  return (
    <EmailLayout
      preview={`${amount} paid on ${formatDate(props.paidAt)}. The toolkit is yours for life.`}
      heading="Thank you: the toolkit is yours"
    >
      <Paragraph>
        Order {props.orderId}
        <br />
        Item: {props.item}
        <br />
        Amount: {amount} ({props.currency.toUpperCase()}){props.simulated ? ", simulated: no money moved" : ""}
        <br />
        Date: {formatDate(props.paidAt)}
      </Paragraph>
      <Paragraph>It is a one-time payment for lifetime access: no subscription, nothing renews.</Paragraph>
      <Paragraph>Lifetime access includes:</Paragraph>
      <ul>
        {INCLUDED.map((item) => (
          <li key={item}>
            <Paragraph style={{ margin: "0 0 8px" }}>{item}</Paragraph>
          </li>
        ))}
      </ul>
      <ActionButton href={props.toolkitUrl}>Open the toolkit</ActionButton>
      <Paragraph>
        Refunds: if the toolkit does not help you, you can get the full amount back until{" "}
        {formatDate(props.refundDeadline)}. Open your purchase at{" "}
        <TextLink href={props.purchaseUrl}>{props.purchaseUrl}</TextLink> and press “Refund my payment”; it takes one
        click and no explanation.
      </Paragraph>
      {props.receiptUrl ? (
        <Paragraph>
          Your card receipt from our payment provider: <TextLink href={props.receiptUrl}>{props.receiptUrl}</TextLink>
        </Paragraph>
      ) : null}
    </EmailLayout>
  );
}
