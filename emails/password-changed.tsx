import { formatDateTime } from "~/format";
import { ActionButton, EmailLayout, Paragraph } from "./layout";

export interface PasswordChangedProps {
  changedAt: Date;
  /** Absolute link to /forgot-password, for an owner who did not make the change. */
  forgotPasswordUrl: string;
}

export function passwordChangedSubject(_props: PasswordChangedProps): string {
  return "Your password was changed";
}

export function PasswordChanged({ changedAt, forgotPasswordUrl }: PasswordChangedProps) {
  return (
    <EmailLayout preview="If this wasn't you, reset your password now." heading="Your password was changed">
      <Paragraph>The password of your account was changed on {formatDateTime(changedAt)}.</Paragraph>
      <Paragraph>If this was you, there is nothing more to do.</Paragraph>
      <Paragraph>
        If it wasn't you, someone else may know your password. Ask for a reset link now; it will come to this address:
      </Paragraph>
      <ActionButton href={forgotPasswordUrl}>Reset my password</ActionButton>
    </EmailLayout>
  );
}
