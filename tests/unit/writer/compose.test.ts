// The shared composition layer on hostile phrasing: each case is a way built-in texts
// went wrong before (truncated facts, pasted fields, doubled words, wrong articles).
import { describe, expect, test } from "vitest";
import {
  asBaseVerbPhrase,
  asParticiplePhrase,
  asPastVerbPhrase,
  clausesOf,
  cleanPhrase,
  countWords,
  firstFitting,
  firstName,
  fitSentences,
  indefiniteArticle,
  joinSentences,
  keepWholeClauses,
  listPhrase,
  lowerFirst,
  phraseShape,
  roleNoun,
  rolePhrase,
  roleTitle,
  roleWithGoal,
  sentence,
  sentencesOf,
  speakingSeconds,
  stripLeadIn,
  withArticle,
} from "~/writer/compose";

describe("articles", () => {
  test.each([
    ["engineer", "an"],
    ["SRE", "an"],
    ["UX designer", "a"],
    ["HTTP library", "an"],
    ["hour-long call", "an"],
    ["honest answer", "an"],
    ["user-facing team", "a"],
    ["one-year contract", "a"],
    ["8-year run", "an"],
    ["11-person team", "an"],
    ["18-month gap", "an"],
    ["1,200-person company", "a"],
    ["L5 engineer", "an"],
    ["NASA team", "a"],
    ["FAANG company", "a"],
    ["MBA", "an"],
    ["iOS engineer", "an"],
    ["university", "a"],
    ["R&D team", "an"],
    ["senior backend engineer role", "a"],
  ])("%s takes %s", (phrase, article) => {
    expect(indefiniteArticle(phrase)).toBe(article);
  });

  test("withArticle replaces a wrong article the user typed", () => {
    expect(withArticle("a SRE role")).toBe("an SRE role");
    expect(withArticle("An senior role")).toBe("a senior role");
  });
});

describe("phrases keep the user's facts whole", () => {
  test("clauses split at verb phrases, not inside a fact", () => {
    const clauses = clausesOf(
      "Cut deploy time from 6 hours to 40 minutes, and rebuilt the CI pipeline for the finance team.",
    );
    expect(clauses.map((c) => c.text)).toEqual([
      "Cut deploy time from 6 hours to 40 minutes",
      "rebuilt the CI pipeline for the finance team",
    ]);
  });

  test("lists of nouns are not clauses", () => {
    expect(clausesOf("Built 3 React apps, a Go HTTP service and the billing API").map((c) => c.text)).toEqual([
      "Built 3 React apps, a Go HTTP service and the billing API",
    ]);
  });

  test("a participle clause after a comma can be left out whole", () => {
    const text = "Led the migration of billing to Stripe, cutting failed payments by 30% across 4 markets.";
    expect(keepWholeClauses(text, 30)).toBe(
      "Led the migration of billing to Stripe, cutting failed payments by 30% across 4 markets",
    );
    expect(keepWholeClauses(text, 8)).toBe("Led the migration of billing to Stripe");
  });

  test("a phrase too long for the budget is not cut at all", () => {
    expect(keepWholeClauses("Built a shared retry library for Go HTTP services used by 14 teams", 6)).toBeNull();
  });

  test("dropping the last of three clauses rejoins the other two with 'and'", () => {
    const text = "Shipped the billing API, mentored 3 juniors and ran the on-call rota for the payments team";
    expect(keepWholeClauses(text, 9)).toBe("Shipped the billing API and mentored 3 juniors");
  });

  test("sentences keep abbreviations whole", () => {
    expect(
      sentencesOf("Earned the AWS cert, e.g. the associate one. Then shipped 2 apps in the U.S. for clients."),
    ).toHaveLength(2);
  });

  test("cleanPhrase drops trailing punctuation and wrapping quotes only", () => {
    expect(cleanPhrase("  “a backend role on a payments team.”  ")).toBe("a backend role on a payments team");
    expect(cleanPhrase("cut costs by 30%;")).toBe("cut costs by 30%");
  });

  test("stripLeadIn removes a pasted lead-in", () => {
    expect(stripLeadIn("I'm looking for a backend role", [/i['’]?m looking for\s+/i])).toBe("a backend role");
    expect(stripLeadIn("a backend role", [/i['’]?m looking for\s+/i])).toBe("a backend role");
  });

  test("lowerFirst lower-cases ordinary words and keeps names", () => {
    expect(lowerFirst("Led the migration")).toBe("led the migration");
    expect(lowerFirst("A senior backend role")).toBe("a senior backend role");
    expect(lowerFirst("Stripe billing migration")).toBe("Stripe billing migration");
    expect(lowerFirst("AWS certification")).toBe("AWS certification");
    expect(lowerFirst("iOS apps")).toBe("iOS apps");
    expect(lowerFirst("I rebuilt it")).toBe("I rebuilt it");
  });
});

describe("tense", () => {
  test.each([
    ["Led a team of 5 engineers", "past_verb"],
    ["build 3 React apps", "base_verb"],
    ["Mentoring juniors and owning the release process", "gerund"],
    ["I rebuilt the CI pipeline", "with_subject"],
    ["a backend role on a payments team", "noun_phrase"],
    ["backend engineering on a product team", "noun_phrase"],
    ["contract work for a fintech startup", "noun_phrase"],
    ["work on developer tools", "base_verb"],
    ["return to full-time engineering", "base_verb"],
  ])("%s is a %s", (phrase, shape) => {
    expect(phraseShape(phrase)).toBe(shape);
  });

  test("only the heading verbs change; every other word stays", () => {
    expect(asPastVerbPhrase("build 3 React apps")).toBe("built 3 React apps");
    expect(asPastVerbPhrase("Mentoring juniors and owning the release process")).toBe(
      "Mentored juniors and owned the release process",
    );
    expect(asPastVerbPhrase("I rebuilt the CI pipeline")).toBe("rebuilt the CI pipeline");
    expect(asPastVerbPhrase("cut deploy time from 6 hours to 40 minutes")).toBe(
      "cut deploy time from 6 hours to 40 minutes",
    );
    expect(asPastVerbPhrase("a backend role")).toBeNull();
  });

  test("participles for 'I've …' and base forms for 'I want to …'", () => {
    expect(asParticiplePhrase("grew the team from 4 to 9")).toBe("grown the team from 4 to 9");
    expect(asParticiplePhrase("ran hiring")).toBe("run hiring");
    expect(asParticiplePhrase("mentor interns")).not.toBe("mentor interns");
    expect(asBaseVerbPhrase("leading a platform team")).toBe("lead a platform team");
    expect(asBaseVerbPhrase("Led the team")).toBe("Lead the team");
  });
});

describe("roles and titles", () => {
  test("inside a sentence a title's ordinary words are lower case", () => {
    expect(roleNoun("Senior Backend Engineer")).toBe("senior backend engineer");
    expect(roleNoun("Senior iOS Engineer")).toBe("senior iOS engineer");
    expect(roleNoun("Go Developer")).toBe("Go developer");
    expect(roleNoun("SRE II")).toBe("SRE II");
    expect(roleNoun("Head of Engineering")).toBe("head of engineering");
  });

  test("as a title every main word is capitalised and acronyms stay", () => {
    expect(roleTitle("senior backend engineer")).toBe("Senior Backend Engineer");
    expect(roleTitle("head of data platform")).toBe("Head of Data Platform");
    expect(roleTitle("senior iOS engineer")).toBe("Senior iOS Engineer");
    expect(roleTitle("full-stack developer")).toBe("Full-Stack Developer");
  });

  test("rolePhrase adds the article and one 'role'", () => {
    expect(rolePhrase("Senior Backend Engineer")).toBe("a senior backend engineer role");
    expect(rolePhrase("SRE")).toBe("an SRE role");
    expect(rolePhrase("Staff role")).toBe("a staff role");
    expect(rolePhrase("Engineering Manager", { article: false })).toBe("engineering manager role");
  });

  test("a goal that restates the target role says the role once", () => {
    expect(roleWithGoal("Senior Backend Engineer", "A senior backend role on a payments team")).toBe(
      "a senior backend engineer role on a payments team",
    );
    expect(roleWithGoal("Junior Software Engineer", "a junior software engineering role")).toBe(
      "a junior software engineer role",
    );
    expect(roleWithGoal("Staff Engineer", "Lead a small platform team")).toBeNull();
  });
});

describe("lists, sentences and names", () => {
  test("lists", () => {
    expect(listPhrase([])).toBe("");
    expect(listPhrase(["A"])).toBe("A");
    expect(listPhrase(["A", "B"])).toBe("A and B");
    expect(listPhrase(["A", "B", "C"])).toBe("A, B and C");
    expect(listPhrase(["A", " ", "C"], "or")).toBe("A or C");
  });

  test("sentence capitalises, ends once and mends spacing", () => {
    expect(sentence("since then, I've", "built 3 apps.")).toBe("Since then, I've built 3 apps.");
    expect(sentence("I cut costs by 30%", "")).toBe("I cut costs by 30%.");
    expect(sentence("Is it done?")).toBe("Is it done?");
    expect(sentence("I shipped it ,", null)).toBe("I shipped it.");
    expect(joinSentences(["One.", null, false, "", "Two."])).toBe("One. Two.");
  });

  test.each([
    ["Priya Raman", "Priya"],
    ["Dr. Priya K. Raman", "Priya"],
    ["Raman, Priya", "Priya"],
    ["J. Alex Smith", "Alex"],
    ["María José García", "María"],
    ["Jean-Luc Picard", "Jean-Luc"],
    ["Cher", "Cher"],
    ["  ", ""],
  ])("first name of %s is %s", (full, first) => {
    expect(firstName(full)).toBe(first);
  });
});

describe("length control", () => {
  test("spoken length", () => {
    expect(countWords("I cut deploy time — from 6 hours to 40 minutes.")).toBe(10);
    expect(speakingSeconds(75)).toBe(30);
  });

  test("fitSentences drops whole optional sentences, lowest priority first, keeping order", () => {
    const choices = [
      { text: "One two three.", priority: 0, required: true },
      { text: "Four five six seven.", priority: 2 },
      { text: "Eight nine.", priority: 1 },
      { text: null, priority: 0 },
    ];
    expect(fitSentences(choices, 100)).toEqual(["One two three.", "Four five six seven.", "Eight nine."]);
    expect(fitSentences(choices, 6)).toEqual(["One two three.", "Eight nine."]);
    expect(fitSentences(choices, 1)).toEqual(["One two three."]);
  });

  test("firstFitting falls back to the last candidate", () => {
    expect(firstFitting(["long text here", "short"], (t) => t.length < 6)).toBe("short");
    expect(firstFitting(["long text here", "still long"], (t) => t.length < 3)).toBe("still long");
  });
});

describe("titles, goals and first words from real forms (second layoff evaluation round)", () => {
  test("lower-cases every ordinary word of a title, not only the listed ones, and keeps names", () => {
    expect(roleNoun("Business Analyst")).toBe("business analyst");
    expect(roleNoun("Maths Teacher")).toBe("maths teacher");
    expect(roleNoun("Co-Founder and CTO")).toBe("co-founder and CTO");
    expect(roleNoun("Swift Developer")).toBe("Swift developer");
    expect(roleNoun("Salesforce Administrator")).toBe("Salesforce administrator");
  });

  test("keeps the punctuation after a merged role", () => {
    expect(roleWithGoal("frontend engineer", "a frontend role, ideally hybrid")).toBe(
      "a frontend engineer role, ideally hybrid",
    );
  });

  test("lower-cases a verb before an acronym ('Run IT…'), but not a name before a name", () => {
    expect(lowerFirst("Run IT for a multi-site organisation")).toBe("run IT for a multi-site organisation");
    expect(lowerFirst("Google Cloud migration")).toBe("Google Cloud migration");
  });
});
