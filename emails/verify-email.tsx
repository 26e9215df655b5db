import type { CSSProperties } from "react";
import { ActionButton, EmailLayout, Paragraph, formatExpiry } from "./layout";

export interface VerifyEmailProps {
  /** The 6-digit code the person types on the verification page. */
  code: string;
  /** Absolute link that verifies without typing the code. */
  verifyUrl: string;
  expiresInMinutes: number;
}

const codeStyle: CSSProperties = {
  backgroundColor: "#f5f5f4",
  borderRadius: "6px",
  display: "inline-block",
  fontFamily: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace',
  fontSize: "28px",
  fontWeight: 600,
  letterSpacing: "6px",
  padding: "8px 16px",
};

export function verifyEmailSubject(_props: VerifyEmailProps): string {
  return "Confirm your email address";
}

export function VerifyEmail({ code, verifyUrl, expiresInMinutes }: VerifyEmailProps) {
  const expiry = formatExpiry(expiresInMinutes);
  return (
    <EmailLayout preview={`Your verification code expires in ${expiry}.`} heading="Confirm your email address">
      <Paragraph>Enter this code on the verification page to confirm your email address:</Paragraph>
      <Paragraph>
        <span style={codeStyle}>{code}</span>
      </Paragraph>
      <Paragraph>Or confirm with one click:</Paragraph>
      <ActionButton href={verifyUrl}>Confirm my email</ActionButton>
      <Paragraph>The code and the link expire in {expiry} and work once.</Paragraph>
      <Paragraph>If you did not create an account, you can ignore this email.</Paragraph>
    </EmailLayout>
  );
}
