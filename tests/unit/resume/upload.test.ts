import { describe, expect, it } from "vitest";
import { checkUpload, hasPdfMagic, RESUME_MAX_BYTES } from "~/resume/upload";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("upload checks before parsing", () => {
  it("recognises a PDF by its %PDF- header, also after a few junk bytes", () => {
    expect(hasPdfMagic(bytes("%PDF-1.7\n…"))).toBe(true);
    expect(hasPdfMagic(bytes(`${" ".repeat(500)}%PDF-1.4`))).toBe(true);
  });

  it("does not take a PNG, a text file or a header past the first KB for a PDF", () => {
    expect(hasPdfMagic(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(false);
    expect(hasPdfMagic(bytes("Jane Rivera, resume.pdf"))).toBe(false);
    expect(hasPdfMagic(bytes(`${" ".repeat(1024)}%PDF-1.4`))).toBe(false);
  });

  it("turns an empty file away as empty", () => {
    expect(checkUpload(new Uint8Array())).toMatchObject({ ok: false, reason: "empty" });
  });

  it("turns a file over 5 MB away as too large before looking at its bytes", () => {
    const big = new Uint8Array(RESUME_MAX_BYTES + 1);
    big.set(bytes("%PDF-1.4"));
    expect(RESUME_MAX_BYTES).toBe(5 * 1024 * 1024);
    expect(checkUpload(big)).toMatchObject({ ok: false, reason: "too_large" });
  });

  it("turns a renamed non-PDF away as not_pdf with a message a user can act on", () => {
    const outcome = checkUpload(bytes("GIF89a…"));
    expect(outcome).toMatchObject({ ok: false, reason: "not_pdf" });
    expect(outcome?.message).toMatch(/not a PDF/);
  });

  it("lets a PDF of allowed size through", () => {
    expect(checkUpload(bytes("%PDF-1.4\n"))).toBeNull();
  });
});
