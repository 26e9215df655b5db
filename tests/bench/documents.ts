import { db } from "~/db.server";
import type { Db } from "~/db.server";
import type { FormClient } from "../support/http-client";
import { TEST_PASSWORD } from "../support/users";
import { type HttpMeasure, measure } from "./http";

export const DOCUMENTS = 5000;

/** Signs a user up through the form and signs them in (sign-up alone starts no session), and
 *  returns their id from `store`. Measuring a page that answers with a redirect would be no measure. */
export async function signUpBenchUser(client: FormClient, store: Db = db): Promise<string> {
  const email = `bench-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  await client.post("/signup", { email, password: TEST_PASSWORD, website: "" });
  const signedIn = await client.post("/login", { email, password: TEST_PASSWORD, redirectTo: "" });
  if (signedIn.status !== 302 || !client.cookieHeader().includes("session="))
    throw new Error(`bench user could not sign in: ${signedIn.status}`);
  return (await store.user.findUniqueOrThrow({ where: { email } })).id;
}

/** Gives a user 5,000 documents, one a minute from 2024-01-01, the four kinds in turn. */
export async function seedDocuments(userId: string, store: Db = db): Promise<void> {
  const start = Date.UTC(2024, 0, 1);
  for (let batch = 0; batch < DOCUMENTS / 500; batch++) {
    await store.document.createMany({
      data: Array.from({ length: 500 }, (_, i) => {
        const n = batch * 500 + i;
        return {
          userId,
          kind: ["resume_scan", "interview_session", "layoff_explanation", "negotiation_email"][n % 4],
          title: `Benchmark document ${n}`,
          input: "{}",
          output: "{}",
          text: `Generated text number ${n} with some words to search through.`,
          engine: "builtin",
          createdAt: new Date(start + n * 60_000),
        };
      }),
    });
  }
}

/** Signs a user up, gives them 5,000 documents, and measures their documents list. */
export async function benchDocuments(
  baseUrl: string,
  client: FormClient,
): Promise<{ count: number; measure: HttpMeasure }> {
  await seedDocuments(await signUpBenchUser(client));
  return {
    count: DOCUMENTS,
    measure: await measure(baseUrl, "/documents", { headers: { Cookie: client.cookieHeader() } }),
  };
}
