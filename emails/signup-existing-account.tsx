import { EmailLayout, Paragraph, TextLink } from "./layout";

export interface SignupExistingAccountProps {
  /** Absolute link to /login. */
  loginUrl: string;
  /** Absolute link to /forgot-password. */
  forgotPasswordUrl: string;
}

export function signupExistingAccountSubject(_props: SignupExistingAccountProps): string {
  return "Someone tried to sign up with your email address";
}

export function SignupExistingAccount({ loginUrl, forgotPasswordUrl }: SignupExistingAccountProps) {
  return (
    <EmailLayout preview="You already have an account with this address." heading="You already have an account">
      <Paragraph>
        Someone tried to create a new account with this email address. It already has an account, so no new one was made
        and nothing on your account changed.
      </Paragraph>
      <Paragraph>
        If it was you, log in instead: <TextLink href={loginUrl}>{loginUrl}</TextLink>
      </Paragraph>
      <Paragraph>
        Forgot your password? Reset it: <TextLink href={forgotPasswordUrl}>{forgotPasswordUrl}</TextLink>
      </Paragraph>
      <Paragraph>If it wasn't you, you can ignore this email.</Paragraph>
    </EmailLayout>
  );
}
