import { formatDate, formatMoney } from "~/format";
import { EmailLayout, Paragraph, TextLink } from "./layout";

export interface RefundConfirmationProps {
  orderId: string;
  item: string;
  amountCents: number;
  currency: string;
  refundedAt: Date;
  /** Local mode: no money moved either way. */
  simulated: boolean;
  /** Absolute link to the purchase's page under /account. */
  purchaseUrl: string;
  /** Absolute link to /documents. */
  documentsUrl: string;
}

export function refundConfirmationSubject(props: RefundConfirmationProps): string {
  return `Your refund: ${formatMoney(props.amountCents, props.currency)} (order ${props.orderId})`;
}

export function RefundConfirmation(props: RefundConfirmationProps) {
  const amount = formatMoney(props.amountCents, props.currency);
  return (
    <EmailLayout preview={`${amount} refunded on ${formatDate(props.refundedAt)}.`} heading="Your payment was refunded">
      <Paragraph>
        Order {props.orderId}
        <br />
        Item: {props.item}
        <br />
        Refunded: {amount} ({props.currency.toUpperCase()}) on {formatDate(props.refundedAt)}
      </Paragraph>
      <Paragraph>
        {props.simulated
          ? "This site runs in local mode, so the payment and the refund were simulated: no money moved."
          : "The full amount goes back to the card or account you paid with. Banks usually show it within 5 to 10 business days."}
      </Paragraph>
      <Paragraph>
        Lifetime access to the toolkit ended with the refund. Your saved documents stay yours: you can still open,
        download or delete them at <TextLink href={props.documentsUrl}>{props.documentsUrl}</TextLink>, and export or
        delete your account from your account page.
      </Paragraph>
      <Paragraph>
        The purchase and its refund: <TextLink href={props.purchaseUrl}>{props.purchaseUrl}</TextLink>
      </Paragraph>
    </EmailLayout>
  );
}
