import { describe, expect, it } from "vitest";
import { canonicalSkill, findMisspelledTerms, findSkills, FOLDS_INTO_ASCII, SKILL_COUNT } from "~/resume/skills";

const names = (text: string, options = {}) => findSkills(text, options).map((hit) => hit.skill);

describe("skills taxonomy", () => {
  it("holds well over a thousand technologies", () => {
    expect(SKILL_COUNT).toBeGreaterThan(1200);
  });

  it("knows every character outside ASCII that case folding takes into it, so a name is found however it is written", () => {
    // Names are tried by their first character; outside ASCII only these can start one.
    const folding: string[] = [];
    for (let point = 0x80; point <= 0x10ffff; point++) {
      if ((point < 0xd800 || point > 0xdfff) && /^[\x21-\x7e]$/iu.test(String.fromCodePoint(point)))
        folding.push(String.fromCodePoint(point));
    }
    expect(folding.sort()).toEqual(Object.keys(FOLDS_INTO_ASCII).sort());
    expect(names("\u212aubernetes")).toEqual(["Kubernetes"]);
    expect(names("É Kubernetes, • Docker – Terraform")).toEqual(["Kubernetes", "Docker", "Terraform"]);
  });

  it("finds a name however its words are joined, and names with characters outside ASCII", () => {
    // Names are only tried where the text spells one out; these are the spellings that check must let through.
    expect(names("Spring  -  Boot, SpringBoot, scikit\u00a0learn, I²C, Caché")).toEqual([
      "Spring Boot",
      "Spring Boot",
      "scikit-learn",
      "I2C",
      "InterSystems IRIS",
    ]);
    expect(findMisspelledTerms("Cobol and Kubernates")).toEqual([
      { written: "Cobol", correct: "COBOL" },
      { written: "Kubernates", correct: "Kubernetes" },
    ]);
  });

  it("maps synonyms to one name, but not the 'js' inside Node.js", () => {
    expect(names("JS, k8s, Postgres and golang")).toEqual(["JavaScript", "Kubernetes", "PostgreSQL"]);
    expect(names("Node.js services")).toEqual(["Node.js"]);
    expect(canonicalSkill("K8s")).toBe("Kubernetes");
    expect(canonicalSkill("Kubernetes security")).toBeNull();
  });

  it("reads versions and joined words: Python 3.11, C++17, Spring-Boot, scikit learn", () => {
    expect(names("Python 3.11, Java 17, C++17, React 18, .NET 6, Spring-Boot, scikit learn")).toEqual(
      ["Python", "Java", "C++", ".NET", "React", "Spring Boot", "scikit-learn"].sort(
        (a, b) =>
          "Python 3.11, Java 17, C++17, React 18, .NET 6, Spring-Boot, scikit learn".indexOf(a.slice(0, 3)) -
          "Python 3.11, Java 17, C++17, React 18, .NET 6, Spring-Boot, scikit learn".indexOf(b.slice(0, 3)),
      ),
    );
  });

  it("matches words that are also English only as written, and at a sentence start only beside another skill", () => {
    expect(names("Wrote services in Go")).toEqual(["Go"]);
    expect(names("ready to go live")).toEqual([]);
    expect(names("Swift delivery matters here.")).toEqual([]);
    expect(names("Swift and SwiftUI for the iOS app.")).toEqual(["Swift", "SwiftUI", "iOS"]);
    expect(names("python, go, docker", { list: true })).toEqual(["Python", "Go", "Docker"]);
  });

  it("takes an everyday-word name at a line's start when a skill's context follows it", () => {
    expect(names("Rust is a plus")).toEqual(["Rust"]);
    expect(names("Swift experience of 3+ years")).toEqual(["Swift"]);
    expect(names("Go knowledge helps")).toEqual(["Go"]);
    expect(names("Snowflake or a similar warehouse")).toEqual(["Snowflake"]);
    expect(names("Spark")).toEqual(["Spark"]);
    expect(names("Go to market with the sales team.")).toEqual([]);
    expect(names("Combine data from many teams.")).toEqual([]);
  });

  it("does not take a name made into a modifier ('Rails-style', 'Erlang-inspired') as the skill", () => {
    expect(names("Designed Rails-style conventions and Scala-inspired helpers in Java")).toEqual(["Java"]);
    expect(names("Scaling Erlang-like actors")).toEqual([]);
    expect(names("Moved to Spring-Boot")).toEqual(["Spring Boot"]);
  });

  it("keeps a generic concept apart from a vendor's product: AWS IAM shows IAM, IAM is not AWS IAM", () => {
    expect(names("IAM policies and SSO")).toEqual(["IAM", "SSO"]);
    expect(names("Rebuilt AWS IAM roles", { withImplied: true })).toEqual(["AWS IAM", "IAM", "AWS"]);
    expect(names("ES modules and some ES for search")).toEqual(["JavaScript", "Elasticsearch"]);
  });

  it("adds what a skill implies when asked: EKS shows Kubernetes and AWS", () => {
    expect(names("Ran 300 nodes on EKS", { withImplied: true })).toEqual(["Amazon EKS", "Kubernetes", "AWS"]);
  });

  it("flags a changed telling case or a known misspelling, never the correct form or a web address", () => {
    expect(findMisspelledTerms("Javascript, Typescript, Kubernates, NodeJS, iOS, PyTorch, github.com/jane")).toEqual([
      { written: "Javascript", correct: "JavaScript" },
      { written: "Typescript", correct: "TypeScript" },
      { written: "Kubernates", correct: "Kubernetes" },
      { written: "NodeJS", correct: "Node.js" },
    ]);
    expect(findMisspelledTerms("Machine Learning with Python")).toEqual([]);
  });
});
