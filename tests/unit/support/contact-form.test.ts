import { describe, expect, it } from "vitest";
import { MESSAGE_MAX, cleanText, isContactTopic, parseContactForm } from "~/support/contact-form";

const valid = {
  name: "Ada",
  email: "Ada@Example.com ",
  topic: "refund",
  message: "Please refund order 123.",
  website: "",
};

describe("parseContactForm", () => {
  it("reads a valid message, normalising the address", () => {
    expect(parseContactForm(valid, null)).toEqual({
      ok: true,
      honeypot: false,
      value: { name: "Ada", email: "ada@example.com", topic: "refund", message: "Please refund order 123." },
    });
  });

  it("uses the signed-in address when the field is left empty", () => {
    const parsed = parseContactForm({ ...valid, email: "" }, "me@example.com");
    expect(parsed.ok && parsed.value.email).toBe("me@example.com");
  });

  it("accepts only its own topics, never inherited names", () => {
    for (const topic of ["__proto__", "constructor", "toString", "hasOwnProperty", "", "REFUND"]) {
      expect(isContactTopic(topic)).toBe(false);
      expect(parseContactForm({ ...valid, topic }, null)).toMatchObject({
        ok: false,
        fieldErrors: { topic: expect.any(String) },
      });
    }
  });

  it("gives every field its message at once, and refuses missing fields without throwing", () => {
    const parsed = parseContactForm({}, null);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(Object.keys(parsed.fieldErrors).sort()).toEqual(["email", "message", "name", "topic"]);
  });

  it("measures the message after cleaning, and says how long it is when too long", () => {
    expect(parseContactForm({ ...valid, message: "\u200b".repeat(50) + "short" }, null)).toMatchObject({ ok: false });
    const long = parseContactForm({ ...valid, message: "y".repeat(MESSAGE_MAX + 1) }, null);
    expect(long).toMatchObject({ ok: false, fieldErrors: { message: expect.stringContaining("5,001") } });
  });

  it("flags the honeypot without refusing, so a bot sees the same answer", () => {
    expect(parseContactForm({ ...valid, website: "x" }, null)).toMatchObject({ ok: true, honeypot: true });
  });
});

describe("cleanText", () => {
  it("removes NUL, escape sequences' control characters, bidi overrides and zero-width characters", () => {
    expect(cleanText("a\u0000b\u001b[0mc\u202ed\u2066e\u200bf\ufeffg", { multiline: true })).toBe("ab[0mcdefg");
  });

  it("keeps paragraphs in a message, at most one blank line, and joins lines in a single-line field", () => {
    expect(cleanText("one\r\ntwo\r\n\r\n\r\n\r\nthree  ", { multiline: true })).toBe("one\ntwo\n\nthree");
    expect(cleanText("Ada\r\nBcc: x@example.com\tz", { multiline: false })).toBe("Ada Bcc: x@example.com z");
  });
});
