// One package per component, not the @react-email/components barrel: the barrel also loads
// Tailwind and a code highlighter, which cost the server ~35 MB and half a second at start.
import { Body } from "@react-email/body";
import { Button } from "@react-email/button";
import { Container } from "@react-email/container";
import { Head } from "@react-email/head";
import { Heading } from "@react-email/heading";
import { Hr } from "@react-email/hr";
import { Html } from "@react-email/html";
import { Link } from "@react-email/link";
import { Preview } from "@react-email/preview";
import { Text } from "@react-email/text";
import type { CSSProperties, ReactNode } from "react";

// The frame every email shares: a calm single column, system fonts, one accent colour.
// Email clients ignore stylesheets, so styles are inline objects.

const BRAND = "#185a54";

const page: CSSProperties = {
  backgroundColor: "#fafaf9",
  color: "#1c1917",
  fontFamily: 'ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  margin: 0,
  padding: "24px 0",
};
const card: CSSProperties = {
  backgroundColor: "#ffffff",
  border: "1px solid #e7e5e4",
  borderRadius: "8px",
  maxWidth: "560px",
  padding: "32px",
};
const wordmark: CSSProperties = { color: BRAND, fontSize: "14px", fontWeight: 600, margin: "0 0 16px" };
const title: CSSProperties = { fontSize: "22px", fontWeight: 600, lineHeight: "30px", margin: "0 0 16px" };
const paragraph: CSSProperties = { fontSize: "16px", lineHeight: "26px", margin: "0 0 16px" };
const buttonStyle: CSSProperties = {
  backgroundColor: BRAND,
  borderRadius: "6px",
  color: "#ffffff",
  display: "inline-block",
  fontSize: "16px",
  fontWeight: 600,
  padding: "12px 20px",
  textDecoration: "none",
};
const linkStyle: CSSProperties = { color: BRAND, textDecoration: "underline", overflowWrap: "anywhere" };
const rule: CSSProperties = { borderColor: "#e7e5e4", margin: "24px 0" };
const footer: CSSProperties = { color: "#78716c", fontSize: "13px", lineHeight: "20px", margin: 0 };

export function EmailLayout({ preview, heading, children }: { preview: string; heading: string; children: ReactNode }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={page}>
        <Container style={card}>
          <Text style={wordmark}>Career Recovery Toolkit</Text>
          <Heading as="h1" style={title}>
            {heading}
          </Heading>
          {children}
          <Hr style={rule} />
          <Text style={footer}>
            Career Recovery Toolkit sent this email about an account registered with this address.
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

export function Paragraph({ children, style }: { children: ReactNode; style?: CSSProperties }) {
  return <Text style={{ ...paragraph, ...style }}>{children}</Text>;
}

/**
 * The email's main action, then its address in full for clients that hide buttons. The
 * plain-text part keeps only the button's words and address, so the link appears once.
 */
export function ActionButton({ href, children }: { href: string; children: ReactNode }) {
  return (
    <>
      <Paragraph>
        <Button href={href} style={buttonStyle}>
          {children}
        </Button>
      </Paragraph>
      <Text style={{ ...paragraph, fontSize: "14px" }} data-skip-in-text="true">
        If the button does not work, paste this address into your browser: <TextLink href={href}>{href}</TextLink>
      </Text>
    </>
  );
}

export function TextLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} style={linkStyle}>
      {children}
    </Link>
  );
}

/** "15 minutes", "1 hour", "2 hours", "90 minutes". */
export function formatExpiry(minutes: number): string {
  if (minutes % 60 === 0) {
    const hours = minutes / 60;
    return hours === 1 ? "1 hour" : `${hours} hours`;
  }
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}
