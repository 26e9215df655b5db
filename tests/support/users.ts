import { db } from "~/db.server";
import { FormClient, latestVerificationCode } from "./http-client";

export const TEST_PASSWORD = "correct horse battery staple";
let counter = 0;

/** Signs up through the real forms and verifies by the emailed code (which signs in); unverified, signs in with the password. */
export async function signUpVerified(baseUrl: string, opts: { verify?: boolean } = {}) {
  const client = new FormClient(baseUrl);
  const email = `user${++counter}-${process.pid}-${Date.now()}@example.com`;
  const res = await client.post("/signup", { email, password: TEST_PASSWORD, website: "" });
  if (res.status !== 302) throw new Error(`sign-up failed with ${res.status}`);
  if (opts.verify !== false) {
    const code = await latestVerificationCode(email);
    await client.post("/verify-email", { intent: "code", code });
  } else {
    await client.post("/login", { email, password: TEST_PASSWORD });
  }
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  return { client, email, user };
}

/** A verified user with lifetime access bought through the local checkout. */
export async function signUpPaid(baseUrl: string) {
  const signedUp = await signUpVerified(baseUrl);
  const start = await signedUp.client.post("/checkout", {});
  const location = start.headers.get("location") ?? "";
  const session = new URL(location, baseUrl).searchParams.get("session");
  if (!session) throw new Error(`local checkout did not start: ${start.status} ${location}`);
  const confirmed = await signedUp.client.post("/checkout/local", { session });
  if (confirmed.status !== 303) throw new Error(`local checkout failed: ${confirmed.status}`);
  return signedUp;
}
