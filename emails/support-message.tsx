import { formatDateTime } from "~/format";
import { EmailLayout, Paragraph } from "./layout";

export interface SupportMessageProps {
  messageId: string;
  /** One of the contact form's fixed topics, so a visitor cannot write the subject line. */
  topic: string;
  name: string;
  fromEmail: string;
  /** "signed in as …", or "not signed in". */
  account: string;
  message: string;
  sentAt: Date;
}

export function supportMessageSubject(props: SupportMessageProps): string {
  return `Contact form: ${props.topic} (${props.messageId})`;
}

/** What a visitor wrote on /contact, for the support inbox. React escapes every field. */
export function SupportMessage(props: SupportMessageProps) {
  return (
    <EmailLayout preview={`${props.topic} from ${props.fromEmail}`} heading={`Contact form: ${props.topic}`}>
      <Paragraph>
        From: {props.name} &lt;{props.fromEmail}&gt;
        <br />
        Account: {props.account}
        <br />
        Sent: {formatDateTime(props.sentAt)}
        <br />
        Message id: {props.messageId}
      </Paragraph>
      {props.message.split(/\n{2,}/).map((paragraph, i) => (
        <Paragraph key={i} style={{ whiteSpace: "pre-wrap" }}>
          {paragraph}
        </Paragraph>
      ))}
      <Paragraph>Reply to {props.fromEmail} to answer.</Paragraph>
    </EmailLayout>
  );
}
