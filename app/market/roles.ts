// Our roles, how each source's categories map onto them, and our editorial profile of
// each role for the comparison pages. Every mapping lives here so one change moves all
// importers together. The profiles are our own writing: descriptive, no pay figures
// (those come only from the imported sources) and attribute scores that are editorial
// judgements on a 1–5 scale, labelled as such where shown.

import type { Level } from "./types";

export const ROLE_SLUGS = [
  "software-engineer",
  "full-stack-engineer",
  "backend-engineer",
  "frontend-engineer",
  "data-engineer",
  "data-scientist",
  "ml-engineer",
  "sre-devops-engineer",
  "engineering-manager",
] as const;
export type RoleSlug = (typeof ROLE_SLUGS)[number];

export function isRoleSlug(value: string): value is RoleSlug {
  return (ROLE_SLUGS as readonly string[]).includes(value);
}

export type Score = 1 | 2 | 3 | 4 | 5;

export interface RoleAttributes {
  technicalBreadth: Score;
  architectureDepth: Score;
  uiInvolvement: Score;
  infrastructureFocus: Score;
}

export const ATTRIBUTE_LABELS: Record<keyof RoleAttributes, string> = {
  technicalBreadth: "Technical breadth",
  architectureDepth: "System architecture depth",
  uiInvolvement: "User-interface involvement",
  infrastructureFocus: "Infrastructure focus",
};

export interface LadderStep {
  level: Level;
  /** The band name many large tech companies use; ladders differ between employers. */
  band: string;
  title: string;
  scope: string;
}

export interface RoleProfile {
  slug: RoleSlug;
  name: string;
  /** Whose official occupation figures stand in when a source has none for this role. */
  parent: RoleSlug | null;
  /** Why the parent's official figures are the fallback (shown in range notes). */
  parentNote: string;
  summary: string;
  earnsMore: { where: string; why: string }[];
  breadthVsDepth: string;
  attributes: RoleAttributes;
  ladder: LadderStep[];
  /** What comes after the last ladder step. */
  beyondLadder: string;
  plateau: string;
  nextMoves: string[];
  premiumCompetencies: string[];
}

const SWE_PARENT_NOTE =
  "BLS and OFLC do not separate this role from other software developers; their figures are for Software Developers (SOC 15-1252).";

export const ROLE_PROFILES: Record<RoleSlug, RoleProfile> = {
  "software-engineer": {
    slug: "software-engineer",
    name: "Software engineer",
    parent: null,
    parentNote: "",
    summary:
      "Designs, builds, tests and maintains software. This is the umbrella occupation (BLS: Software Developers, SOC 15-1252) that the specialised engineering roles on this site sit inside.",
    earnsMore: [
      {
        where: "Large technology companies and late-stage startups",
        why: "They hire against a national talent market and pay part of compensation in equity, so total pay rises faster than base salary.",
      },
      {
        where: "Finance and trading firms",
        why: "Systems where latency and correctness translate directly into money justify paying for scarce experience.",
      },
      {
        where: "Teams running large distributed systems",
        why: "Few engineers have operated systems at that scale, and outages are expensive, which is the distributed-systems premium.",
      },
    ],
    breadthVsDepth:
      "A generalist by default: most engineers start broad (a language, a framework, a database, testing, deployment) and choose a depth later — a layer of the stack, a domain, or a kind of system.",
    attributes: { technicalBreadth: 4, architectureDepth: 3, uiInvolvement: 3, infrastructureFocus: 3 },
    ladder: [
      {
        level: "early",
        band: "L3",
        title: "Software Engineer I",
        scope: "Well-defined tasks in one codebase, with code review and guidance.",
      },
      {
        level: "mid",
        band: "L4",
        title: "Software Engineer II",
        scope: "Owns features end to end within a team's roadmap; works independently.",
      },
      {
        level: "senior",
        band: "L5",
        title: "Senior Software Engineer",
        scope: "Owns a system or area, leads projects across a team, mentors others.",
      },
      {
        level: "staff",
        band: "L6",
        title: "Staff Software Engineer",
        scope: "Sets technical direction across several teams; takes on problems no single team owns.",
      },
    ],
    beyondLadder:
      "Principal engineer (organisation-wide technical direction) or engineering manager (people and delivery).",
    plateau:
      "Many careers settle at senior: the step to staff needs work whose scope spans several teams, and smaller companies have few such problems.",
    nextMoves: [
      "Staff or principal engineer",
      "Engineering manager",
      "A specialisation: infrastructure, data, machine learning, security",
      "Product or founding roles",
    ],
    premiumCompetencies: [
      "Designing and operating distributed systems",
      "Performance and cost engineering in the cloud",
      "Security engineering",
      "Leading projects across teams",
    ],
  },
  "full-stack-engineer": {
    slug: "full-stack-engineer",
    name: "Full-stack engineer",
    parent: "software-engineer",
    parentNote: SWE_PARENT_NOTE,
    summary:
      "Builds a feature through every layer: the user interface, the API behind it, the database schema and often the deployment. Common where a small team must ship whole features.",
    earnsMore: [
      {
        where: "Startups and small product teams",
        why: "One person who can ship a whole feature replaces a hand-off between specialists, which is worth most when the team is small.",
      },
      {
        where: "Product companies that give engineers ownership of outcomes",
        why: "Pay follows impact on the product, and end-to-end ownership makes that impact visible.",
      },
    ],
    breadthVsDepth:
      "Breadth first: competent in front-end and back-end work and the glue between them. The risk is shallow depth in each; the strongest full-stack engineers keep one layer as a real specialism.",
    attributes: { technicalBreadth: 5, architectureDepth: 3, uiInvolvement: 4, infrastructureFocus: 2 },
    ladder: [
      {
        level: "early",
        band: "L3",
        title: "Full-Stack Engineer",
        scope: "Small features across UI and API with review; learns the codebase's conventions.",
      },
      {
        level: "mid",
        band: "L4",
        title: "Full-Stack Engineer II",
        scope: "Ships complete features alone: schema, endpoints, screens, tests.",
      },
      {
        level: "senior",
        band: "L5",
        title: "Senior Full-Stack Engineer",
        scope: "Owns a product area end to end; chooses patterns the team reuses.",
      },
      {
        level: "staff",
        band: "L6",
        title: "Staff Engineer",
        scope: "Shapes the architecture of the whole product; often the title drops the 'full-stack'.",
      },
    ],
    beyondLadder: "Staff or principal engineer, founding engineer, or engineering manager of a product team.",
    plateau:
      "Large companies with dedicated front-end and back-end teams value depth for senior and staff promotions, so pure generalists can stall there and often specialise or move to smaller companies.",
    nextMoves: [
      "Back-end or front-end specialist",
      "Founding or early-stage engineer",
      "Engineering manager",
      "Product-minded staff engineer",
    ],
    premiumCompetencies: [
      "Owning a product area from data model to interface",
      "Web performance and accessibility",
      "API and data-model design",
      "Shipping fast without losing reliability",
    ],
  },
  "backend-engineer": {
    slug: "backend-engineer",
    name: "Back-end engineer",
    parent: "software-engineer",
    parentNote: SWE_PARENT_NOTE,
    summary:
      "Builds the services, APIs, data storage and background processing behind an application: correctness, performance and scale of the server side.",
    earnsMore: [
      {
        where: "Large companies with high traffic",
        why: "Scaling, consistency and availability problems appear at volume, and engineers who have solved them are scarce: the distributed-systems premium.",
      },
      {
        where: "Finance, payments and infrastructure companies",
        why: "Errors in money movement or core platforms are costly, so depth in correctness is paid for.",
      },
    ],
    breadthVsDepth:
      "Depth over breadth: data modelling, concurrency, caching, messaging and failure handling, with less work on the user interface.",
    attributes: { technicalBreadth: 3, architectureDepth: 5, uiInvolvement: 1, infrastructureFocus: 3 },
    ladder: [
      {
        level: "early",
        band: "L3",
        title: "Back-End Engineer",
        scope: "Endpoints and jobs inside an existing service, with review.",
      },
      {
        level: "mid",
        band: "L4",
        title: "Back-End Engineer II",
        scope: "Owns a service's features, its tests and its on-call fixes.",
      },
      {
        level: "senior",
        band: "L5",
        title: "Senior Back-End Engineer",
        scope: "Designs services and data models; leads migrations and reliability work.",
      },
      {
        level: "staff",
        band: "L6",
        title: "Staff Engineer",
        scope: "Architecture across services; sets standards for APIs, data and reliability.",
      },
    ],
    beyondLadder: "Principal engineer or architect, platform or infrastructure lead, or engineering manager.",
    plateau:
      "Engineers who stay on one service's features can plateau at senior; staff roles go to those who take on cross-service architecture and reliability.",
    nextMoves: ["Staff or principal engineer", "Platform or SRE/DevOps", "Data engineering", "Engineering manager"],
    premiumCompetencies: [
      "Distributed systems: consistency, partitioning, replication",
      "Performance tuning and capacity planning",
      "Designing data models and APIs that last",
      "Running services in production (observability, incident response)",
    ],
  },
  "frontend-engineer": {
    slug: "frontend-engineer",
    name: "Front-end engineer",
    parent: "software-engineer",
    parentNote: SWE_PARENT_NOTE,
    summary:
      "Builds what users see and touch: interfaces, interaction, accessibility and the performance of the application in the browser or app shell.",
    earnsMore: [
      {
        where: "Companies with dedicated front-end or design-system teams",
        why: "Large products need shared components, performance budgets and accessibility at scale, which is specialist work.",
      },
      {
        where: "Consumer products where the interface is the product",
        why: "Conversion and retention depend on the experience, so the people who build it are close to revenue.",
      },
    ],
    breadthVsDepth:
      "Depth in one layer: browser platform, rendering, state management, accessibility and design collaboration, with lighter server-side work.",
    attributes: { technicalBreadth: 3, architectureDepth: 3, uiInvolvement: 5, infrastructureFocus: 1 },
    ladder: [
      {
        level: "early",
        band: "L3",
        title: "Front-End Engineer",
        scope: "Components and screens from designs, with review.",
      },
      {
        level: "mid",
        band: "L4",
        title: "Front-End Engineer II",
        scope: "Owns features in the interface, including state, data loading and tests.",
      },
      {
        level: "senior",
        band: "L5",
        title: "Senior Front-End Engineer",
        scope: "Owns an application's architecture, performance and accessibility.",
      },
      {
        level: "staff",
        band: "L6",
        title: "Staff Front-End Engineer",
        scope: "Design systems and front-end platform across teams.",
      },
    ],
    beyondLadder: "Principal engineer for the web platform, design-systems lead, or engineering manager.",
    plateau:
      "At companies without a front-end platform or design-system team, senior is often the top front-end role; people move toward full-stack, platform work or management.",
    nextMoves: [
      "Full-stack engineer",
      "Design-systems or web-platform lead",
      "Engineering manager",
      "Product engineering",
    ],
    premiumCompetencies: [
      "Web performance (rendering, bundle size, Core Web Vitals)",
      "Accessibility to WCAG",
      "Design systems used by many teams",
      "Complex client state and offline behaviour",
    ],
  },
  "data-engineer": {
    slug: "data-engineer",
    name: "Data engineer",
    parent: "software-engineer",
    parentNote:
      "BLS and OFLC have no data-engineer occupation; the official figures shown are for Software Developers (SOC 15-1252).",
    summary:
      "Builds the pipelines, warehouses and data models that move and shape data for analytics and machine learning: ingestion, transformation, quality and cost.",
    earnsMore: [
      {
        where: "Companies whose products run on data (ads, marketplaces, fintech)",
        why: "Pipelines feed revenue-critical decisions and models, so their reliability is paid for.",
      },
      {
        where: "Teams at large data volume",
        why: "Batch and streaming systems at scale are distributed systems, and the same premium applies.",
      },
    ],
    breadthVsDepth:
      "Depth in data systems (SQL, warehouses, orchestration, streaming) with breadth across the sources and consumers of data.",
    attributes: { technicalBreadth: 3, architectureDepth: 4, uiInvolvement: 1, infrastructureFocus: 4 },
    ladder: [
      {
        level: "early",
        band: "L3",
        title: "Data Engineer",
        scope: "Pipelines and transformations in an existing platform, with review.",
      },
      {
        level: "mid",
        band: "L4",
        title: "Data Engineer II",
        scope: "Owns pipelines end to end, including quality checks and on-call.",
      },
      {
        level: "senior",
        band: "L5",
        title: "Senior Data Engineer",
        scope: "Designs data models and platform pieces; sets quality and cost practices.",
      },
      {
        level: "staff",
        band: "L6",
        title: "Staff Data Engineer",
        scope: "Data architecture across the company: warehouse, streaming, governance.",
      },
    ],
    beyondLadder: "Principal data architect, data-platform lead, or data engineering manager.",
    plateau:
      "Work limited to maintaining pipelines plateaus early; growth comes from platform design, streaming and governance.",
    nextMoves: [
      "Data-platform or infrastructure engineer",
      "Machine-learning engineer",
      "Back-end engineer",
      "Data engineering manager",
    ],
    premiumCompetencies: [
      "Streaming systems",
      "Data modelling for analytics at scale",
      "Warehouse and compute cost control",
      "Data quality and governance",
    ],
  },
  "data-scientist": {
    slug: "data-scientist",
    name: "Data scientist",
    parent: null,
    parentNote: "",
    summary:
      "Answers questions with data: statistics, experiments, forecasting and models that inform product and business decisions (BLS: Data Scientists, SOC 15-2051).",
    earnsMore: [
      {
        where: "Large product companies with experimentation cultures",
        why: "Experiment results steer decisions about large revenue lines, so rigorous analysis is valued.",
      },
      {
        where: "Roles close to production models",
        why: "Scientists who ship models that run in products combine research and engineering skills, which are rarely found together.",
      },
    ],
    breadthVsDepth:
      "Depth in statistics and modelling, with enough programming and communication breadth to move from question to decision.",
    attributes: { technicalBreadth: 3, architectureDepth: 2, uiInvolvement: 1, infrastructureFocus: 1 },
    ladder: [
      {
        level: "early",
        band: "L3",
        title: "Data Scientist",
        scope: "Analyses and models for defined questions, with review.",
      },
      {
        level: "mid",
        band: "L4",
        title: "Data Scientist II",
        scope: "Owns an analysis area; designs experiments and metrics.",
      },
      {
        level: "senior",
        band: "L5",
        title: "Senior Data Scientist",
        scope: "Sets the analytical agenda for a product area; methodology reviews.",
      },
      {
        level: "staff",
        band: "L6",
        title: "Staff Data Scientist",
        scope: "Methods and measurement across the organisation.",
      },
    ],
    beyondLadder: "Principal data scientist, head of data science, or a move into machine-learning engineering.",
    plateau:
      "Analysis roles without influence on decisions plateau; the next step needs either production modelling or organisation-wide measurement.",
    nextMoves: [
      "Machine-learning engineer",
      "Analytics or data-science manager",
      "Product management",
      "Research scientist",
    ],
    premiumCompetencies: [
      "Experiment design and causal inference",
      "Models that run in production",
      "Turning analysis into decisions executives act on",
    ],
  },
  "ml-engineer": {
    slug: "ml-engineer",
    name: "Machine-learning engineer",
    parent: "software-engineer",
    parentNote:
      "BLS and OFLC have no machine-learning-engineer occupation; the official figures shown are for Software Developers (SOC 15-1252).",
    summary:
      "Builds and runs machine-learning systems in production: training pipelines, model serving, evaluation and the data those depend on.",
    earnsMore: [
      {
        where: "Companies whose product is a model or depends on one",
        why: "Model quality and serving cost drive the business, and experienced ML engineers are scarce.",
      },
      {
        where: "Large-scale training and inference teams",
        why: "GPU clusters and low-latency serving combine distributed systems with ML knowledge.",
      },
    ],
    breadthVsDepth:
      "Depth in ML systems plus software-engineering breadth: data pipelines, serving infrastructure and evaluation.",
    attributes: { technicalBreadth: 4, architectureDepth: 4, uiInvolvement: 1, infrastructureFocus: 4 },
    ladder: [
      {
        level: "early",
        band: "L3",
        title: "Machine Learning Engineer",
        scope: "Features, training jobs and evaluations in an existing ML system.",
      },
      {
        level: "mid",
        band: "L4",
        title: "Machine Learning Engineer II",
        scope: "Owns a model from data to serving, including monitoring.",
      },
      {
        level: "senior",
        band: "L5",
        title: "Senior ML Engineer",
        scope: "Designs ML systems and evaluation; leads model launches.",
      },
      { level: "staff", band: "L6", title: "Staff ML Engineer", scope: "ML platform and architecture across teams." },
    ],
    beyondLadder: "Principal ML engineer, ML platform lead, or ML engineering manager.",
    plateau:
      "Work limited to tuning one model family can stall; staff scope comes from platforms and systems many teams use.",
    nextMoves: [
      "ML platform or infrastructure",
      "Research engineer",
      "ML engineering manager",
      "Founding roles in AI products",
    ],
    premiumCompetencies: [
      "Serving models at low latency and cost",
      "Distributed training",
      "Evaluation and monitoring of models in production",
      "Data pipelines for training",
    ],
  },
  "sre-devops-engineer": {
    slug: "sre-devops-engineer",
    name: "SRE / DevOps engineer",
    parent: "software-engineer",
    parentNote:
      "BLS and OFLC have no SRE or DevOps occupation; the official figures shown are for Software Developers (SOC 15-1252).",
    summary:
      "Keeps software running and makes shipping it safe: infrastructure as code, deployment pipelines, observability, incident response and reliability targets.",
    earnsMore: [
      {
        where: "Large companies running their own platforms",
        why: "Downtime is expensive at scale, and reliability work across many services is a distributed-systems specialism.",
      },
      {
        where: "Regulated or always-on services (finance, health, infrastructure)",
        why: "Availability and audit requirements make operational depth a business need.",
      },
    ],
    breadthVsDepth:
      "Broad across systems (networks, Linux, cloud, CI/CD, observability) with depth in reliability and automation.",
    attributes: { technicalBreadth: 4, architectureDepth: 4, uiInvolvement: 1, infrastructureFocus: 5 },
    ladder: [
      {
        level: "early",
        band: "L3",
        title: "DevOps Engineer / SRE",
        scope: "Pipelines, alerts and runbooks for existing systems, with review.",
      },
      {
        level: "mid",
        band: "L4",
        title: "Site Reliability Engineer II",
        scope: "Owns services' reliability: SLOs, on-call, automation.",
      },
      {
        level: "senior",
        band: "L5",
        title: "Senior SRE / Platform Engineer",
        scope: "Designs infrastructure and incident practices for several teams.",
      },
      {
        level: "staff",
        band: "L6",
        title: "Staff SRE / Platform Engineer",
        scope: "Platform architecture and reliability strategy for the company.",
      },
    ],
    beyondLadder: "Principal platform engineer, head of infrastructure, or SRE manager.",
    plateau:
      "Ticket-driven operations work plateaus; growth comes from platform design that removes toil for other teams.",
    nextMoves: [
      "Platform engineering lead",
      "Back-end or distributed-systems engineer",
      "Security engineering",
      "Infrastructure manager",
    ],
    premiumCompetencies: [
      "Kubernetes and cloud architecture",
      "Observability and incident leadership",
      "Infrastructure as code at scale",
      "Cloud cost engineering",
    ],
  },
  "engineering-manager": {
    slug: "engineering-manager",
    name: "Engineering manager",
    parent: null,
    parentNote: "",
    summary:
      "Leads a team of engineers: hiring, growth, delivery and the team's technical health. BLS counts this work within Computer and Information Systems Managers (SOC 11-3021), which also includes IT managers.",
    earnsMore: [
      {
        where: "Large technology companies",
        why: "Managers are paid on the same ladders as senior engineers and often lead teams whose output reaches many users.",
      },
      {
        where: "Fast-growing companies",
        why: "Hiring and organising teams quickly is hard, and experienced managers are in demand.",
      },
    ],
    breadthVsDepth:
      "Breadth across people, delivery and technology; technical depth comes from the years as an engineer and fades unless maintained.",
    attributes: { technicalBreadth: 4, architectureDepth: 3, uiInvolvement: 2, infrastructureFocus: 2 },
    ladder: [
      { level: "early", band: "M0", title: "Team Lead", scope: "Leads a small team while still writing code." },
      {
        level: "mid",
        band: "M1",
        title: "Engineering Manager",
        scope: "Manages one team: hiring, performance, delivery.",
      },
      {
        level: "senior",
        band: "M2",
        title: "Senior Engineering Manager",
        scope: "Manages several teams or managers in one area.",
      },
      {
        level: "staff",
        band: "M3",
        title: "Director of Engineering",
        scope: "An organisation of teams: strategy, budget, leadership hiring.",
      },
    ],
    beyondLadder: "Vice president of engineering or chief technology officer.",
    plateau:
      "The number of director and executive roles is small, so many careers settle at senior manager; some return to staff-engineer roles.",
    nextMoves: [
      "Director or VP of engineering",
      "Back to staff or principal engineer",
      "Product or operations leadership",
      "Founding roles",
    ],
    premiumCompetencies: [
      "Hiring and retaining strong engineers",
      "Delivering across teams",
      "Organisation design",
      "Technical judgement kept current",
    ],
  },
};

export const ROLES: RoleProfile[] = ROLE_SLUGS.map((slug) => ROLE_PROFILES[slug]);

/** The role itself, then its parents in order (for fallbacks to broader occupations). */
export function roleWithParents(slug: RoleSlug): RoleSlug[] {
  const chain: RoleSlug[] = [slug];
  for (let parent = ROLE_PROFILES[slug].parent; parent; parent = ROLE_PROFILES[parent].parent) {
    chain.push(parent);
  }
  return chain;
}

// ---- Source categories → our roles ---------------------------------------------------

/** SOC codes (BLS OEWS, OFLC) we import, with their 2018 SOC titles. Others are skipped. */
export const SOC_OCCUPATIONS: Readonly<Record<string, { role: RoleSlug; title: string }>> = {
  "15-1252": { role: "software-engineer", title: "Software Developers" },
  "15-2051": { role: "data-scientist", title: "Data Scientists" },
  "11-3021": { role: "engineering-manager", title: "Computer and Information Systems Managers" },
};

export function roleForSoc(code: string): RoleSlug | null {
  return SOC_OCCUPATIONS[code]?.role ?? null;
}

/** Job titles in the aijobs / devops-jobs salary files, after normaliseJobTitle. */
const JOB_TITLE_ROLES: Readonly<Record<string, RoleSlug>> = {
  "software engineer": "software-engineer",
  "software developer": "software-engineer",
  "software development engineer": "software-engineer",
  "backend engineer": "backend-engineer",
  "back end engineer": "backend-engineer",
  "backend developer": "backend-engineer",
  "back end developer": "backend-engineer",
  "full stack engineer": "full-stack-engineer",
  "fullstack engineer": "full-stack-engineer",
  "full stack developer": "full-stack-engineer",
  "fullstack developer": "full-stack-engineer",
  "frontend engineer": "frontend-engineer",
  "front end engineer": "frontend-engineer",
  "frontend developer": "frontend-engineer",
  "front end developer": "frontend-engineer",
  "data engineer": "data-engineer",
  "big data engineer": "data-engineer",
  "data scientist": "data-scientist",
  "machine learning engineer": "ml-engineer",
  "ml engineer": "ml-engineer",
  "devops engineer": "sre-devops-engineer",
  "site reliability engineer": "sre-devops-engineer",
  "platform engineer": "sre-devops-engineer",
  "engineering manager": "engineering-manager",
  "software engineering manager": "engineering-manager",
};

/** Lower case, hyphens as spaces, seniority words dropped (the level has its own column). */
export function normaliseJobTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/[-_]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^((senior|sr\.?|junior|jr\.?|lead|principal|staff) )+/, "");
}

export function roleForJobTitle(title: string): RoleSlug | null {
  return JOB_TITLE_ROLES[normaliseJobTitle(title)] ?? null;
}

/** Stack Overflow survey developer types; the wording changed between survey years. */
const DEV_TYPE_ROLES: Readonly<Record<string, RoleSlug>> = {
  "Developer, full-stack": "full-stack-engineer",
  "Developer, back-end": "backend-engineer",
  "Developer, front-end": "frontend-engineer",
  "Engineer, data": "data-engineer",
  "Data engineer": "data-engineer",
  "Data scientist or machine learning specialist": "data-scientist",
  "Data scientist": "data-scientist",
  "AI/ML engineer": "ml-engineer",
  "Engineer, site reliability": "sre-devops-engineer",
  "DevOps specialist": "sre-devops-engineer",
  "DevOps engineer or professional": "sre-devops-engineer",
  "Engineering manager": "engineering-manager",
};

export function roleForDevType(devType: string): RoleSlug | null {
  return DEV_TYPE_ROLES[devType.trim()] ?? null;
}
