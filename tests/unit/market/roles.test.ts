import { describe, expect, it } from "vitest";
import { normaliseJobTitle, roleForDevType, roleForJobTitle, roleForSoc, ROLES, roleWithParents } from "~/market/roles";

describe("role mapping", () => {
  it("maps job titles whatever their seniority words, hyphens or case", () => {
    expect(normaliseJobTitle("  Senior   Back-End Developer ")).toBe("back end developer");
    expect(roleForJobTitle("Lead Full-Stack Engineer")).toBe("full-stack-engineer");
    expect(roleForJobTitle("Principal Site Reliability Engineer")).toBe("sre-devops-engineer");
    expect(roleForJobTitle("Prompt Engineer")).toBeNull();
  });

  it("maps SOC codes and Stack Overflow developer types across survey wordings", () => {
    expect(roleForSoc("15-1252")).toBe("software-engineer");
    expect(roleForSoc("15-1211")).toBeNull();
    expect(roleForDevType("DevOps specialist")).toBe("sre-devops-engineer");
    expect(roleForDevType("DevOps engineer or professional")).toBe("sre-devops-engineer");
  });

  it("falls back from specialised roles to software engineering, and stops there", () => {
    expect(roleWithParents("full-stack-engineer")).toEqual(["full-stack-engineer", "software-engineer"]);
    expect(roleWithParents("engineering-manager")).toEqual(["engineering-manager"]);
  });
});

describe("role identities", () => {
  it("give every role a name, and a reason whenever its figures fall back to a parent", () => {
    for (const role of ROLES) {
      expect(role.name.length).toBeGreaterThan(0);
      expect(role.parent === null || role.parentNote.length > 0).toBe(true);
    }
  });
});
