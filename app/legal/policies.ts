// The terms and the privacy policy as data, from the facts of this deployment: which
// services it really uses and the limits the code really enforces. Pure: routes pass the
// facts in (from config and the modules that own each number), so the text cannot drift
// from what the product does.

export interface PolicyFacts {
  price: string;
  refundWindowDays: number;
  trashDays: number;
  sessionDays: number;
  supportEmail: string;
  payments: "stripe" | "local";
  email: "resend" | "outbox";
  /** The model provider's host when one is configured ("api.openai.com"), else null. */
  modelHost: string | null;
}

export interface PolicySection {
  id: string;
  heading: string;
  paragraphs: string[];
  /** Optional bullet points after the paragraphs. */
  points?: string[];
}

export const POLICY_DATE = "4 December 2026";

export function privacySections(f: PolicyFacts): PolicySection[] {
  const processors = [
    f.payments === "stripe"
      ? "Stripe (payments): your email address, the amount and the card or bank details you type on Stripe's page. We never see or store card numbers."
      : "Payments: none. This site runs without a payment provider, so purchases are simulated and no card details are asked for.",
    f.email === "resend"
      ? "Resend (email delivery): your email address and the content of the emails we send you (codes, receipts, password resets)."
      : "Email delivery: none. This site keeps its emails in a local outbox instead of sending them.",
    f.modelHost
      ? `A language-model provider at ${f.modelHost}: when you use the layoff-explanation writer, the negotiation-email generator or interview follow-up coaching, the facts you entered for that document are sent to it to phrase the text. Your resume is never sent to it.`
      : "Language models: none. All text is written by the toolkit's built-in writer on our server; nothing you enter is sent to a model provider.",
  ];
  return [
    {
      id: "stored",
      heading: "What we store",
      paragraphs: ["Only what the product needs to work:"],
      points: [
        "Your account: email address, when you verified it, and a hash of your password (Argon2id; the password itself is never stored).",
        "Sign-in sessions: a hash of each session's secret, ending after at most " + f.sessionDays + " days.",
        "Resume scans: the text read from your PDF and the report made from it, the file's name and size, and any job description you pasted. The PDF itself is read in memory and never saved.",
        "Everything else you make (interview sessions and feedback, layoff explanations, negotiation emails): what you entered and what the tool wrote, including your edits.",
        "Purchases: the amount, the date, the status and the payment provider's ids for the payment and its refund.",
        "Emails we sent you, and messages you send us through the contact form.",
        "Counts of how often each tool was used, for fair-use limits. Request logs hold the method, page, status and timing, without your IP address or what you typed.",
      ],
    },
    {
      id: "retention",
      heading: "How long we keep it",
      paragraphs: [],
      points: [
        `Documents you delete go to the trash for ${f.trashDays} days, where you can restore them; then they are deleted for good, automatically.`,
        "Deleting your account (from your account page) deletes at once your account, sessions, every document, the emails we sent you and your contact messages.",
        "Purchase records are kept after an account is deleted, without the link to it, because tax law requires businesses to keep records of sales.",
        "Everything else is kept while your account exists.",
      ],
    },
    {
      id: "processors",
      heading: "Who else processes it",
      paragraphs: ["We do not sell your data or use it to train models. These services receive only what they need:"],
      points: processors,
    },
    {
      id: "rights",
      heading: "Export and delete",
      paragraphs: [
        "From your account page you can download everything we hold about you as one JSON file (your account, purchases and every document), and delete your account and all of it in one step.",
        `For anything else about your data, write to ${f.supportEmail} or use the contact form.`,
      ],
    },
    {
      id: "cookies",
      heading: "Cookies",
      paragraphs: [
        "One cookie, to keep you signed in. No advertising or analytics cookies, and no trackers from other companies.",
      ],
    },
  ];
}

export function termsSections(f: PolicyFacts): PolicySection[] {
  return [
    {
      id: "what",
      heading: "What you buy",
      paragraphs: [
        `One payment of ${f.price} gives your account lifetime access to the four tools of the Career Recovery Toolkit (resume scanner, interview prep, layoff-explanation writer, negotiation-email generator), with every improvement we make to them. There is no subscription and nothing renews.`,
        "“Lifetime” means for as long as the product exists. If we ever shut it down, we will give at least 90 days' notice so you can export your documents.",
        f.payments === "local"
          ? "This site runs in local mode: purchases are simulated and no money moves."
          : "Payments are taken by Stripe on its own checkout page.",
      ],
    },
    {
      id: "refunds",
      heading: "Refunds",
      paragraphs: [
        `If the toolkit does not help you, you can get the full amount back within ${f.refundWindowDays} days of paying, without giving a reason: open the purchase in your account and press “Refund my payment”. Access to the toolkit ends with the refund; your documents stay yours to open, download or delete.`,
        `After ${f.refundWindowDays} days the button is gone; if something went wrong, write to us and we will look at it. A payment your bank is disputing is settled through the dispute instead.`,
      ],
    },
    {
      id: "advice",
      heading: "What the tools are, and are not",
      paragraphs: [
        "The tools give structured suggestions from public data and rules you can read: scores explain every point, and every pay figure shows its source, sample size and date. They are not legal, financial or career advice, and no tool can promise an interview, an offer or a salary.",
        "You are responsible for what you send to employers: read and edit every text before you use it.",
      ],
    },
    {
      id: "use",
      heading: "Fair use",
      paragraphs: [
        "Each account is for one person. Daily limits on generations keep the service fast for everyone; the page tells you when you reach one and when it resets. Do not try to break, overload or get around the service's limits.",
      ],
    },
    {
      id: "yours",
      heading: "Your content",
      paragraphs: [
        "What you upload and write stays yours. We use it only to run the tools for you, as the privacy policy describes, and never to train models.",
      ],
    },
    {
      id: "contact",
      heading: "Contact",
      paragraphs: [`Questions about these terms: ${f.supportEmail}, or the contact form.`],
    },
  ];
}
