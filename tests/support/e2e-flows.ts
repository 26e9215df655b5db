import type { Page } from "playwright-core";

export const E2E_PASSWORD = "a calm and memorable passphrase";

/** Signs up through the form, reads the code from the dev outbox, verifies. */
export async function signUpAndVerifyInBrowser(page: Page, baseUrl: string): Promise<string> {
  const email = `browser-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
  await page.goto(baseUrl + "/signup");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByRole("heading", { name: "Verify your email" }).waitFor();

  const outbox = await page.context().newPage();
  await outbox.goto(`${baseUrl}/dev/outbox?to=${encodeURIComponent(email)}`);
  await outbox
    .getByRole("link", { name: /confirm your email/i })
    .first()
    .click();
  await outbox.getByRole("heading", { name: "Plain-text part" }).waitFor();
  const body = (await outbox.locator("pre").first().textContent()) ?? "";
  const code = /\b(\d{6})\b/.exec(body)?.[1];
  await outbox.close();
  if (!code) throw new Error("no verification code in the outbox");

  await page.getByLabel("6-digit code").fill(code);
  await page.getByRole("button", { name: "Verify email" }).click();
  await page.getByRole("heading", { name: "Your email is verified" }).waitFor();
  return email;
}
