import type { AppServer } from "../../../support/app-server";
import { signUpVerified } from "../../../support/users";
import { storedDocument } from "../../../support/documents";

/** A signed-in user with one saved document, and a way to edit its text (a write of about `kb` KB). */
export async function documentEditor(server: AppServer) {
  const { client, user } = await signUpVerified(server.url);
  const doc = await storedDocument(user.id, { title: "Layoff answer", text: "Original." });
  let n = 0;
  const edit = async (kb: number) => {
    const text = `Edit ${++n}. ${"All of this was written by me. ".repeat(Math.ceil((kb * 1024) / 31))}`;
    const res = await client.post(`/documents/${doc.id}`, { intent: "edit", text });
    return { res, text, body: await res.text() };
  };
  return { client, user, doc, edit };
}

/** Polls `check` until it holds, for at most `ms`. */
export async function eventually(what: string, check: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what} within ${ms / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
