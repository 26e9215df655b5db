import { describe, expect, test } from "vitest";
import { prefillChoices } from "~/interview/prefill";

const read = (query: string) => prefillChoices(new URLSearchParams(query));

describe("prefill from links", () => {
  test("market role slugs and seniority bands map onto our roles and ladder", () => {
    expect(read("role=backend-engineer&level=senior&company=google")).toEqual({
      company: "Google",
      role: "backend",
      level: "google:L5",
    });
    expect(read("role=full-stack-engineer&level=early")).toEqual({ role: "full-stack", level: "large-company:L3" });
  });

  test("our own ids and a company's level names work too", () => {
    expect(read("role=frontend&level=E5&company=meta")).toEqual({
      company: "Meta",
      role: "frontend",
      level: "meta:L5",
    });
    expect(read("level=L6&company=large-company")).toMatchObject({ level: "large-company:L6" });
  });

  test("anything unreadable is ignored, never an error", () => {
    expect(read("role=astronaut&level=L99&company=<script>")).toEqual({});
    expect(read(`role=${"x".repeat(500)}`)).toEqual({});
    expect(read("")).toEqual({});
  });
});
