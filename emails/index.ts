import { type ReactElement, createElement } from "react";
import { PasswordChanged, type PasswordChangedProps, passwordChangedSubject } from "./password-changed";
import { PasswordReset, type PasswordResetProps, passwordResetSubject } from "./password-reset";
import { PaymentFailed, type PaymentFailedProps, paymentFailedSubject } from "./payment-failed";
import { PurchaseReceipt, type PurchaseReceiptProps, purchaseReceiptSubject } from "./purchase-receipt";
import { RefundConfirmation, type RefundConfirmationProps, refundConfirmationSubject } from "./refund-confirmation";
import { SupportMessage, type SupportMessageProps, supportMessageSubject } from "./support-message";
import {
  SignupExistingAccount,
  type SignupExistingAccountProps,
  signupExistingAccountSubject,
} from "./signup-existing-account";
import { VerifyEmail, type VerifyEmailProps, verifyEmailSubject } from "./verify-email";

export type {
  PasswordChangedProps,
  PasswordResetProps,
  PaymentFailedProps,
  PurchaseReceiptProps,
  RefundConfirmationProps,
  SupportMessageProps,
  SignupExistingAccountProps,
  VerifyEmailProps,
};

/** Each template's name and the props it needs. */
export interface TemplateProps {
  "verify-email": VerifyEmailProps;
  "password-reset": PasswordResetProps;
  "password-changed": PasswordChangedProps;
  "signup-existing-account": SignupExistingAccountProps;
  "purchase-receipt": PurchaseReceiptProps;
  "payment-failed": PaymentFailedProps;
  "refund-confirmation": RefundConfirmationProps;
  "support-message": SupportMessageProps;
}

export type TemplateName = keyof TemplateProps;

interface EmailTemplate<P> {
  subject: (props: P) => string;
  component: (props: P) => ReactElement;
}

const templates: { [N in TemplateName]: EmailTemplate<TemplateProps[N]> } = {
  "verify-email": { subject: verifyEmailSubject, component: VerifyEmail },
  "password-reset": { subject: passwordResetSubject, component: PasswordReset },
  "password-changed": { subject: passwordChangedSubject, component: PasswordChanged },
  "signup-existing-account": { subject: signupExistingAccountSubject, component: SignupExistingAccount },
  "purchase-receipt": { subject: purchaseReceiptSubject, component: PurchaseReceipt },
  "payment-failed": { subject: paymentFailedSubject, component: PaymentFailed },
  "refund-confirmation": { subject: refundConfirmationSubject, component: RefundConfirmation },
  "support-message": { subject: supportMessageSubject, component: SupportMessage },
};

/** A template together with matching props: `{ template: "verify-email", props: { code, … } }`. */
export type EmailContent = { [N in TemplateName]: { template: N; props: TemplateProps[N] } }[TemplateName];

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

/** The subject, HTML part and plain-text part of one email. */
export async function renderEmail<N extends TemplateName>(content: {
  template: N;
  props: TemplateProps[N];
}): Promise<RenderedEmail> {
  const template: EmailTemplate<TemplateProps[N]> = templates[content.template];
  const element = createElement(template.component, content.props);
  // The renderer loads with the first email, not at server start.
  const { render } = await import("@react-email/render");
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject: template.subject(content.props), html, text };
}
