import { ActionButton, EmailLayout, Paragraph, formatExpiry } from "./layout";

export interface PasswordResetProps {
  /** Absolute link to the page that sets a new password; carries the single-use token. */
  resetUrl: string;
  /** At most 60: reset links expire within an hour. */
  expiresInMinutes: number;
}

export function passwordResetSubject(_props: PasswordResetProps): string {
  return "Reset your password";
}

export function PasswordReset({ resetUrl, expiresInMinutes }: PasswordResetProps) {
  const expiry = formatExpiry(expiresInMinutes);
  return (
    <EmailLayout preview={`The link expires in ${expiry}.`} heading="Reset your password">
      <Paragraph>Someone asked to reset the password of your account. To choose a new one, open this link:</Paragraph>
      <ActionButton href={resetUrl}>Choose a new password</ActionButton>
      <Paragraph>The link expires in {expiry} and works once.</Paragraph>
      <Paragraph>
        If it wasn't you, ignore this email: your password stays as it is, and nobody can change it without this link.
      </Paragraph>
    </EmailLayout>
  );
}
