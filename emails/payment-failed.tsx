import { ActionButton, EmailLayout, Paragraph } from "./layout";

export interface PaymentFailedProps {
  /** Absolute link to /pricing. */
  pricingUrl: string;
}

export function paymentFailedSubject(_props: PaymentFailedProps): string {
  return "Your payment did not go through";
}

export function PaymentFailed({ pricingUrl }: PaymentFailedProps) {
  return (
    <EmailLayout preview="You can try again with another payment method." heading="Your payment did not go through">
      <Paragraph>
        The payment for lifetime access to the Career Recovery Toolkit could not be completed: your bank or payment
        method declined it after the checkout. You have not been charged, and the toolkit is not unlocked.
      </Paragraph>
      <Paragraph>You can try again, with the same or another payment method:</Paragraph>
      <ActionButton href={pricingUrl}>Try again</ActionButton>
    </EmailLayout>
  );
}
