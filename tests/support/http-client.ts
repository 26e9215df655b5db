import { db } from "~/db.server";

/** A form's fields as posted: a field with several values (checkboxes) repeats its name. */
export type FormFields = Readonly<Record<string, string | readonly string[]>>;

export function formBody(fields: FormFields): URLSearchParams {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) body.append(name, one);
  return body;
}

/**
 * A cookie-keeping HTTP client that behaves like a browser posting forms: it sends the
 * page's Origin on POSTs and follows redirects by hand so tests can see each step.
 */
export class FormClient {
  private cookies = new Map<string, string>();
  /** The client address the app sees (the server trusts X-Forwarded-For from loopback in tests). */
  readonly ip: string;

  constructor(
    readonly baseUrl: string,
    opts: { ip?: string } = {},
  ) {
    this.ip = opts.ip ?? `10.${rand()}.${rand()}.${rand()}`;
  }

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  setCookieValue(name: string, value: string) {
    this.cookies.set(name, value);
  }

  private remember(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => /^\s*max-age=0\s*$/i.test(a));
      if (expired || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (!headers.has("X-Forwarded-For")) headers.set("X-Forwarded-For", this.ip);
    if (this.cookies.size) headers.set("Cookie", this.cookieHeader());
    const res = await fetch(this.baseUrl + path, { ...init, headers, redirect: "manual" });
    this.remember(res);
    return res;
  }

  get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    return this.request(path, { headers });
  }

  /** Posts a form as a browser does; `init` adds what a test needs, such as a signal. */
  post(
    path: string,
    fields: FormFields,
    headers: Record<string, string> = {},
    init: Pick<RequestInit, "signal"> = {},
  ): Promise<Response> {
    return this.request(path, {
      ...init,
      method: "POST",
      body: formBody(fields),
      headers: { Origin: this.baseUrl, "Content-Type": "application/x-www-form-urlencoded", ...headers },
    });
  }

  /** Follows redirects from a response until a page answers; returns it and its path. */
  async follow(res: Response): Promise<{ res: Response; path: string }> {
    let current = res;
    let path = new URL(res.url).pathname;
    for (let hops = 0; current.status >= 300 && current.status < 400 && hops < 10; hops++) {
      const location = current.headers.get("location")!;
      const url = new URL(location, this.baseUrl);
      path = url.pathname + url.search;
      current = await this.get(path);
    }
    return { res: current, path };
  }
}

function rand(): number {
  return Math.floor(Math.random() * 254) + 1;
}

/**
 * The newest email of a template sent to an address, from the outbox table. Some emails are
 * stored just after the answer (a reset request does its account-dependent work then), so
 * a missing one is looked for again for up to 5 seconds.
 */
export async function latestEmail(to: string, template: string) {
  const find = () => db.outboxEmail.findFirst({ where: { to, template }, orderBy: { createdAt: "desc" } });
  for (let waited = 0; waited < 5_000; waited += 100) {
    const email = await find();
    if (email) return email;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return find();
}

export async function latestVerificationCode(to: string): Promise<string> {
  const email = await latestEmail(to, "verify-email");
  const code = /\b(\d{6})\b/.exec(email?.text ?? "")?.[1];
  if (!code) throw new Error(`No verification code emailed to ${to}`);
  return code;
}

export async function latestLink(to: string, template: string, path: string): Promise<string> {
  const email = await latestEmail(to, template);
  const match = new RegExp(`https?://[^\\s"<>]+${path.replace(/[/?]/g, "\\$&")}[^\\s"<>)\\]]*`).exec(email?.text ?? "");
  if (!match) throw new Error(`No ${path} link emailed to ${to}`);
  return match[0];
}

/** A page's HTML without what differs per response (CSP nonces). */
export function stableHtml(html: string): string {
  return html.replace(/nonce="[^"]*"/g, 'nonce=""');
}
