import { db } from "~/db.server";
import type { FormClient } from "../support/http-client";
import { TEST_PASSWORD } from "../support/users";
import { type HttpMeasure, measure } from "./http";

const DOCUMENTS = 5000;

/** Signs a user up, gives them 5,000 documents, and measures their documents list. */
export async function benchDocuments(baseUrl: string, client: FormClient): Promise<{ count: number; measure: HttpMeasure }> {
  const email = `bench-${Date.now()}@example.com`;
  await client.post("/signup", { email, password: TEST_PASSWORD, website: "" });
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  const start = Date.UTC(2024, 0, 1);
  for (let batch = 0; batch < DOCUMENTS / 500; batch++) {
    await db.document.createMany({
      data: Array.from({ length: 500 }, (_, i) => {
        const n = batch * 500 + i;
        return {
          userId: user.id,
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
  return { count: DOCUMENTS, measure: await measure(baseUrl, "/documents", { headers: { Cookie: client.cookieHeader() } }) };
}
