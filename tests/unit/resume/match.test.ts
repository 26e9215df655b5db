import { describe, expect, it } from "vitest";
import {
  findJobTitle,
  JOB_DESCRIPTION_MAX_CHARS,
  matchJob,
  postingSkills,
  titlesMatch,
  trimJobDescription,
} from "~/resume/match";
import { levelSentence, titleSentence } from "~/resume/match-text";
import { goodResume } from "../../fixtures/resume/parsed-resume.ts";

const posting = `Job Title: Senior Backend Engineer

We build payments infrastructure. You will design, build and run payment APIs, review code,
query our databases and improve processes.
Requirements: JavaScript, Kubernetes, Terraform and Rust. Experience managing on-call rotations.
Nice to have: GitHub Actions.`;

function resume() {
  const parsed = goodResume();
  parsed.experience[0].bullets = [
    "Rewrote the payment API gateway in JS, cutting p99 latency by 30%",
    "Moved 40 services to k8s and managed the on-call rotation",
  ];
  parsed.skills = ["Terraform", "Go"];
  return parsed;
}

const FILLER =
  `COBOL, Fortran, Haskell, Erlang, Elixir, OCaml, Clojure, Perl, Lua, Julia, MATLAB, Delphi, Groovy, Dart, Flutter,
Xamarin, Ionic, Ember.js, Gatsby, Nuxt, Drupal, Magento, Shopify, SAP, DB2, Teradata, Cassandra, CouchDB, Neo4j, HBase, Solr,
Nagios, Zabbix, Puppet, Chef, Vagrant, OpenStack, VMware, Citrix, Sybase`.split(/,\s*/u);

describe("job match", () => {
  it("matches synonyms (JS = JavaScript, k8s = Kubernetes) and says where the evidence is", () => {
    const match = matchJob(resume(), posting);
    expect(match.matched).toEqual(expect.arrayContaining(["JavaScript", "Kubernetes"]));
    expect(match.keywords.find((keyword) => keyword.keyword === "Kubernetes")).toMatchObject({
      evidence: "shown",
      where: "Moved 40 services to k8s and managed the on-call rotation",
      importance: "required",
    });
    expect(match.weak).toEqual(["Terraform"]);
    expect(match.missing).toEqual(["Rust", "GitHub Actions"]);
    expect(match.keywords.find((keyword) => keyword.keyword === "GitHub Actions")?.importance).toBe("preferred");
  });

  it("says when a skill is shown only through one that implies it, and prefers a line that names it", () => {
    const parsed = goodResume();
    parsed.skills = [];
    parsed.projects = [];
    parsed.experience = [
      { ...parsed.experience[0], bullets: ["Featured in PyTorch ecosystem tools, 4,200+ GitHub stars"] },
    ];
    const python = (p: typeof parsed) =>
      matchJob(p, "Requirements: Python and PostgreSQL.").keywords.find((keyword) => keyword.keyword === "Python");
    expect(python(parsed)).toMatchObject({
      evidence: "shown",
      where: "Featured in PyTorch ecosystem tools, 4,200+ GitHub stars",
      via: "PyTorch",
    });
    parsed.experience[0].bullets.push("Wrote the ingestion service in Python");
    expect(python(parsed)).toMatchObject({ where: "Wrote the ingestion service in Python", via: null });
  });

  it("never reports the posting's generic words as keywords", () => {
    const reported = matchJob(resume(), posting).keywords.map((keyword) => keyword.keyword.toLowerCase());
    for (const generic of [
      "build",
      "design",
      "engineer",
      "senior",
      "review",
      "run",
      "processes",
      "query",
      "payments",
      "infrastructure",
    ]) {
      expect(reported).not.toContain(generic);
    }
  });

  it("finds multi-word and named skills the old term list missed", () => {
    const names = postingSkills(
      "Pipelines on GitHub Actions; tracing with OpenTelemetry; PCI DSS scope; serving on Triton with ONNX models; Ray clusters; " +
        "Prometheus and Grafana; Redux state; tests in Jest and Cypress; WCAG 2.1 AA.",
    ).map((skill) => skill.name);
    expect(names).toEqual([
      "GitHub Actions",
      "OpenTelemetry",
      "PCI DSS",
      "Triton",
      "ONNX",
      "Ray",
      "Prometheus",
      "Grafana",
      "Redux",
      "Jest",
      "Cypress",
      "WCAG",
    ]);
  });

  it("listed-only skills earn nothing: stuffing 80 skills never raises the match, it lowers it and says why", () => {
    const honest = matchJob(resume(), posting);
    const stuffed = resume();
    stuffed.skills = [...stuffed.skills, "Rust", "GitHub Actions", ...FILLER];
    const match = matchJob(stuffed, posting);
    expect(match.score).toBeLessThan(honest.score);
    expect(match.stuffing).toMatchObject({ ruleId: "match.stuffing", points: 10 });
    expect(match.stuffing?.why).toMatch(/only listed do not count/u);
  });

  it("counts a listed skill as evidenced when a bullet shows it under any of its names", () => {
    const parsed = resume();
    parsed.experience[0].bullets = [
      "Moved 40 services to Kubernetes on EKS",
      "Rewrote the billing API in JavaScript and PostgreSQL",
      "Wrote Terraform modules for 12 teams",
      "Ran Prometheus alerting for the platform",
    ];
    parsed.skills = [
      "k8s",
      "JS",
      "Postgres",
      "Terraform",
      "Prometheus",
      "AWS",
      "Docker",
      "Redis",
      "Kafka",
      "Go",
      "Python",
      "gRPC",
      "Grafana",
      "Helm",
      "Linux",
      "Bash",
      "Git",
    ];
    expect(matchJob(parsed, posting).stuffing).toBeNull();
    parsed.skills = [...parsed.skills, ...FILLER];
    expect(matchJob(parsed, posting).stuffing?.what).toMatch(
      /lists \d+ skills, but only 7 of them appear in your jobs or projects/u,
    );
  });

  it("takes evidence from job and project bullets only, not from talks or publications", () => {
    const parsed = resume();
    parsed.sections.push(
      {
        name: "Publications",
        kind: "publications",
        lines: ["Review of payment systems, MIT Technology Review, 2023"],
        page: 1,
      },
      { name: "Talks", kind: "talks", lines: ["How we build on Rust at scale, RustConf 2022"], page: 1 },
    );
    const match = matchJob(parsed, posting);
    expect(match.keywords.find((keyword) => keyword.keyword === "Rust")).toMatchObject({ evidence: "listed" });
    expect(match.keywords.map((keyword) => keyword.keyword.toLowerCase())).not.toContain("review");
  });

  it("compares the posting's title with the person's titles and level", () => {
    const parsed = resume();
    parsed.experience = parsed.experience.map((job) => ({ ...job, title: "Data Analyst" }));
    expect(matchJob(parsed, posting)).toMatchObject({ jobTitle: "Senior Backend Engineer", titleMatched: false });
    expect(matchJob(resume(), posting)).toMatchObject({ titleMatched: true, resumeTitle: "Senior Software Engineer" });
    expect(matchJob(resume(), posting, "Product Manager")).toMatchObject({
      jobTitle: "Product Manager",
      titleMatched: false,
    });
    const junior = resume();
    junior.experience[0].title = "Junior Backend Engineer";
    expect(matchJob(junior, "Staff Backend Engineer\nGo and Kafka.").level).toEqual({
      posting: "staff",
      yours: "junior",
      direction: "above",
    });
    expect(titlesMatch("Software Engineer, Backend (Python)", "Backend Developer")).toBe(true);
    expect(titlesMatch("Embedded Software Engineer", "Controls Engineer")).toBe(false);
    expect(titlesMatch("Junior Front-End Developer", "Math Teacher")).toBe(false);
  });

  it("leaves out skills the posting says it does not need", () => {
    const skills = postingSkills(
      "Python and FastAPI.\nNo Java needed. You don't need Kubernetes experience; we run on VMs.\nNot a machine learning role.\n- No-downtime deploys with Docker\nKafka is not required, but Redis helps",
    ).map((skill) => skill.name);
    expect(skills).toEqual(["Python", "FastAPI", "Docker", "Redis"]);
  });

  it("reads a short heading with no skill as the start of nice-to-haves, and 'Must have' as required again", () => {
    const skills = postingSkills(
      "Must have\n- SQL\nBonus points if you have used\n- Looker\n- Spark\nMinimum qualifications\n- Airflow",
    );
    expect(skills.map((skill) => [skill.name, skill.required])).toEqual([
      ["SQL", true],
      ["Airflow", true],
      ["Looker", false],
      ["Spark", false],
    ]);
  });

  it("reads no skill in legal boilerplate (ADA is a law there, not the language)", () => {
    const skills = postingSkills(
      "- Python and Django\n- We are an Equal Opportunity Employer and provide reasonable accommodation under the ADA.",
    ).map((skill) => skill.name);
    expect(skills).toEqual(["Python", "Django"]);
  });

  it("makes only the clause that says 'is a plus' a nice-to-have, unless the line opens with it", () => {
    const skills = postingSkills(
      "Requirements: experience with Go, gRPC and PostgreSQL; Kafka is a plus.\nPreferred: Terraform; Helm",
    );
    expect(skills.map((skill) => [skill.name, skill.required])).toEqual([
      ["Go", true],
      ["gRPC", true],
      ["PostgreSQL", true],
      ["Kafka", false],
      ["Terraform", false],
      ["Helm", false],
    ]);
  });

  it("reads an acronym title (SDET) and compares it with the spelled-out one", () => {
    expect(findJobTitle("SDET II (Python)\n\n- pytest")).toBe("SDET II (Python)");
    expect(titlesMatch("SDET II (Python)", "Software Development Engineer in Test")).toBe(true);
    expect(titlesMatch("SDET II (Python)", "Product Designer")).toBe(false);
  });

  it("trims an over-long posting with a notice", () => {
    const long = `${posting}\n${"Our culture values curiosity. ".repeat(10_000)}`;
    const { text, notice } = trimJobDescription(long);
    expect(text.length).toBeLessThanOrEqual(JOB_DESCRIPTION_MAX_CHARS);
    expect(notice).toMatch(/only the first 20,000 were used/);
    const match = matchJob(resume(), long);
    expect(match.notices).toEqual([notice]);
    expect(match.matched).toContain("Kubernetes");
  });

  it("finds titles in 'hiring a …' phrases and title-like first lines", () => {
    expect(findJobTitle("We are hiring a Staff Data Engineer to join us.")).toBe("Staff Data Engineer");
    expect(findJobTitle("Product Designer\nRemote, EU")).toBe("Product Designer");
    expect(findJobTitle("Come work with us.")).toBeNull();
    // A one-line posting that names the title, then what it asks for.
    expect(findJobTitle("Machine Learning Engineer: Python, PyTorch, Kubernetes.")).toBe("Machine Learning Engineer");
    expect(findJobTitle("Role: Senior SRE")).toBe("Senior SRE");
  });

  it("reads short forms in titles and finds titles in recruiter sentences and busy first lines", () => {
    expect(titlesMatch("Snr Python Dev", "Senior Software Developer")).toBe(true);
    expect(titlesMatch("Front End Eng. (Jr.)", "Junior Front-End Engineer")).toBe(true);
    expect(titlesMatch("Sys Admin (Windows)", "Systems Administrator")).toBe(true);
    expect(titlesMatch("Sys Admin (Windows)", "Office Manager")).toBe(false);
    expect(titlesMatch("DevOps Eng", "Dev Ops Engineer")).toBe(true);
    expect(findJobTitle("Hello! Our client needs a Snr Python Dev to join the team.")).toBe("Snr Python Dev");
    expect(findJobTitle("Sr. Data Eng. Stack: Airflow")).toBe("Sr. Data Eng");
    expect(findJobTitle("HIRING!!! Go Dev - 6 month contract - remote")).toBe("Go Dev");
    expect(findJobTitle("Sr Android Dev — Kotlin, Compose")).toBe("Sr Android Dev");
    // The posting's skills on the title line after the title still count.
    expect(matchJob(resume(), "Sr Backend Dev — Kubernetes, Terraform").keywords.map((k) => k.keyword)).toContain(
      "Kubernetes",
    );
  });

  it("reads acronym plurals and names a pasted posting wraps across lines", () => {
    const skills = (text: string) => postingSkills(text).map((skill) => skill.name);
    expect(skills("You will program PLCs and flash ECUs.")).toContain("PLC");
    expect(skills("Maintain the Red Hat\nEnterprise Linux baselines")).toEqual(["Red Hat Enterprise Linux"]);
  });
});

describe("titles read as features: role, family, domain words and level", () => {
  it("needs the same role: an engineer is not an analyst or a manager", () => {
    expect(titlesMatch("Lead Data Engineer", "Data Analyst")).toBe(false);
    expect(titlesMatch("Engineering Manager, Backend", "Senior Backend Engineer")).toBe(false);
    expect(titlesMatch("Senior Product Designer", "Product Manager")).toBe(false);
    // In analytics work the two roles are one (data: shared_roles).
    expect(titlesMatch("Analytics Engineer", "Data Analyst")).toBe(true);
  });

  it("accepts neighbouring families, not distant ones", () => {
    expect(titlesMatch("Senior Full-Stack Developer", "Backend Developer")).toBe(true);
    expect(titlesMatch("Principal Engineer, Platform", "Senior Site Reliability Engineer")).toBe(true);
    expect(titlesMatch("Mobile Engineer (iOS)", "iOS Developer")).toBe(true);
    expect(titlesMatch("Embedded Developer (Precision Ag), Wageningen NL", "Firmware Engineer")).toBe(true);
    expect(titlesMatch("Backend Engineer II", "Platform Engineer")).toBe(false);
    expect(titlesMatch("Frontend Engineer", "Backend Engineer")).toBe(false);
  });

  it("reads customer-facing engineering as other work, and architects and engineers as one role", () => {
    expect(titlesMatch("Sales Engineer, EMEA", "Software Engineer")).toBe(false);
    expect(titlesMatch("Solutions Architect (AWS)", "Senior Backend Engineer")).toBe(false);
    expect(titlesMatch("Senior Data Architect", "Lead Data Engineer")).toBe(true);
    expect(titlesMatch("Junior DBA (PostgreSQL)", "Database Administrator")).toBe(true);
  });

  it("counts shared domain words in the title's head", () => {
    expect(titlesMatch("Network Systems Engineer", "Network Engineer")).toBe(true);
    expect(titlesMatch("Statistical Programmer II, Clinical Data Sciences", "Statistical Programmer")).toBe(true);
    expect(titlesMatch("Broadcast Audio Systems Engineer", "Broadcast Engineer")).toBe(true);
  });

  it("rejects a level gap wider than the data allows: an intern is not a senior hire", () => {
    expect(titlesMatch("Senior Machine Learning Engineer", "Machine Learning Intern")).toBe(false);
    expect(titlesMatch("Sr Android Dev", "Android Developer Intern")).toBe(false);
    expect(titlesMatch("Staff Site Reliability Engineer", "Junior Site Reliability Engineer")).toBe(true);
    expect(titlesMatch("Software Engineer III", "Software Engineer II")).toBe(true);
  });

  it("reads a plain title at the unmarked level, so an earlier internship does not set the person's level", () => {
    const parsed = resume();
    parsed.experience[0].title = "Software Engineer";
    parsed.experience[1].title = "Software Engineering Intern";
    // A plain title outranks the internship before it, and names no level to note.
    expect(matchJob(parsed, "Senior Backend Engineer\nGo and Kubernetes.")).toMatchObject({
      titleMatched: true,
      titleVerdict: "match",
      level: null,
    });
    // A working student is a student's post, as an intern's is.
    expect(titlesMatch("Sr. SDET (m/f/d), automotive supplier", "Test Engineer (Working Student)")).toBe(false);
    expect(titlesMatch("Junior Test Engineer", "Test Engineer (Werkstudent)")).toBe(true);
  });

  it("reads role nouns written in other languages", () => {
    expect(findJobTitle("Backend-Entwickler (m/w/d) Kotlin\nDu entwickelst unsere Services.")).toBe(
      "Backend-Entwickler (m/w/d) Kotlin",
    );
    expect(titlesMatch("Backend-Entwickler (m/w/d) Kotlin", "Backend Engineer")).toBe(true);
    expect(titlesMatch("Desarrollador Backend Senior (Python)", "Senior Backend Developer")).toBe(true);
  });

  it("finds titles asked as a question, after 'is after a', or with a level in parentheses", () => {
    expect(findJobTitle("Are you the Data Protection Officer our hospital group needs?\nYou will run it.")).toBe(
      "Data Protection Officer",
    );
    expect(findJobTitle("G'day! Pilbara Ore Co. is after a Senior Resource Geologist to join our team.")).toBe(
      "Senior Resource Geologist",
    );
    expect(findJobTitle("Compositor (Mid) — Lumen Fox Studios, London\n\nOn our slate")).toBe("Compositor (Mid)");
  });

  it("compares with the person's closest title and notes the level against it", () => {
    const parsed = resume();
    parsed.experience[0].title = "Data Analyst";
    parsed.experience[1].title = "Junior Data Engineer";
    expect(matchJob(parsed, "Senior Data Engineer\nPython and Airflow.")).toMatchObject({
      titleMatched: true,
      resumeTitle: "Junior Data Engineer",
      level: { posting: "senior", yours: "junior", direction: "above" },
    });
  });

  it("says why a title does not match: other work, or the same work at a level too far apart", () => {
    const intern = resume();
    intern.experience = [{ ...intern.experience[0], title: "Android Developer Intern" }];
    const gap = matchJob(intern, "Sr Android Dev — Kotlin, Jetpack Compose");
    expect(gap).toMatchObject({
      titleMatched: false,
      titleVerdict: "level_gap",
      resumeTitle: "Android Developer Intern",
    });
    expect(titleSentence(gap)).toContain("the same work as your title “Android Developer Intern”");
    expect(levelSentence(gap.level ?? { posting: "", yours: "", direction: "above" })).toContain(
      "your latest title in this work reads as an internship",
    );
    const analyst = resume();
    analyst.experience = [{ ...analyst.experience[0], title: "Data Analyst" }];
    const other = matchJob(analyst, "Lead Data Engineer\nAirflow and SQL.");
    expect(other).toMatchObject({ titleMatched: false, titleVerdict: "other_work" });
    expect(titleSentence(other)).toContain("names other work than your titles");
    expect(matchJob(resume(), posting)).toMatchObject({ titleVerdict: "match" });
  });
});
