// Tech terms: one table for the job match (synonyms meet: "JS" = "JavaScript",
// "k8s" = "Kubernetes") and for the spelling rule ("Javascript" → "JavaScript").

interface TechTerm {
  /** The canonical spelling. */
  name: string;
  /** Other correct names: matched, never flagged. */
  aliases?: string[];
  /** Wrong spellings: matched for the job match and flagged by the spelling rule. */
  misspellings?: string[];
  /** The name is also an English word ("Go", "React"): match only as written. */
  caseSensitive?: boolean;
}

const TECH_TERMS: TechTerm[] = [
  { name: "JavaScript", aliases: ["JS", "ECMAScript", "ES6"], misspellings: ["Java Script", "Javscript"] },
  { name: "TypeScript", aliases: ["TS"], misspellings: ["Type Script"] },
  { name: "Python", aliases: ["Python3", "Python 3"] },
  { name: "Java", caseSensitive: true },
  { name: "Kotlin" },
  { name: "Scala" },
  { name: "Go", aliases: ["Golang"], caseSensitive: true },
  { name: "Rust", caseSensitive: true },
  { name: "C++", aliases: ["CPP"] },
  { name: "C#", aliases: ["CSharp", "C Sharp"] },
  { name: ".NET", aliases: ["dotnet", "ASP.NET"] },
  { name: "Ruby", caseSensitive: true },
  { name: "Ruby on Rails", aliases: ["Rails", "RoR"], caseSensitive: true },
  { name: "PHP" },
  { name: "Swift", caseSensitive: true },
  { name: "Objective-C", aliases: ["ObjC"] },
  { name: "SQL" },
  { name: "NoSQL" },
  { name: "PostgreSQL", aliases: ["Postgres"], misspellings: ["Postgresql", "Postgress", "PostgresSQL"] },
  { name: "MySQL" },
  { name: "SQLite" },
  { name: "MongoDB", aliases: ["Mongo"] },
  { name: "Redis" },
  { name: "Elasticsearch", aliases: ["Elastic Search", "ELK"] },
  { name: "Kafka", aliases: ["Apache Kafka"] },
  { name: "Spark", aliases: ["Apache Spark", "PySpark"], caseSensitive: true },
  { name: "Hadoop" },
  { name: "Airflow", aliases: ["Apache Airflow"] },
  { name: "Snowflake", caseSensitive: true },
  { name: "dbt", caseSensitive: true },
  { name: "GraphQL" },
  { name: "REST", aliases: ["RESTful", "REST API", "REST APIs"], caseSensitive: true },
  { name: "gRPC" },
  { name: "HTML", aliases: ["HTML5"] },
  { name: "CSS", aliases: ["CSS3"] },
  { name: "Sass", aliases: ["SCSS"] },
  { name: "Tailwind CSS", aliases: ["Tailwind", "TailwindCSS"] },
  { name: "React", aliases: ["React.js", "ReactJS"], caseSensitive: true },
  { name: "React Native" },
  { name: "Next.js", aliases: ["NextJS"] },
  { name: "Vue.js", aliases: ["Vue", "VueJS"] },
  { name: "Angular", aliases: ["AngularJS"], caseSensitive: true },
  { name: "Svelte" },
  { name: "Remix", caseSensitive: true },
  { name: "jQuery" },
  { name: "Node.js", misspellings: ["NodeJS", "Nodejs", "Node JS"] },
  { name: "Express", aliases: ["Express.js", "ExpressJS"], caseSensitive: true },
  { name: "Django" },
  { name: "Flask", caseSensitive: true },
  { name: "FastAPI" },
  { name: "Spring Boot" },
  { name: "Docker", aliases: ["containers", "containerization"] },
  { name: "Kubernetes", aliases: ["k8s", "K8s", "EKS", "GKE", "AKS"], misspellings: ["Kubernates", "Kubernetis", "Kubernets"] },
  { name: "Terraform", aliases: ["IaC", "infrastructure as code"] },
  { name: "Ansible" },
  { name: "AWS", aliases: ["Amazon Web Services", "EC2", "S3"] },
  { name: "GCP", aliases: ["Google Cloud", "Google Cloud Platform"] },
  { name: "Azure", aliases: ["Microsoft Azure"] },
  { name: "Linux", aliases: ["Unix"] },
  { name: "Git", caseSensitive: true },
  { name: "GitHub" },
  { name: "GitLab" },
  { name: "CI/CD", aliases: ["CI", "CD", "continuous integration", "continuous delivery", "continuous deployment", "GitHub Actions", "Jenkins"] },
  { name: "DevOps" },
  { name: "microservices", aliases: ["microservice", "micro-services"] },
  { name: "distributed systems", aliases: ["distributed system"] },
  { name: "machine learning", aliases: ["ML"] },
  { name: "deep learning", aliases: ["DL", "neural networks", "neural network"] },
  { name: "artificial intelligence", aliases: ["AI"] },
  { name: "NLP", aliases: ["natural language processing"] },
  { name: "computer vision" },
  { name: "LLM", aliases: ["LLMs", "large language models", "large language model"] },
  { name: "PyTorch" },
  { name: "TensorFlow" },
  { name: "JAX", caseSensitive: true },
  { name: "scikit-learn", aliases: ["sklearn"], misspellings: ["scikit learn"] },
  { name: "pandas", caseSensitive: true },
  { name: "NumPy" },
  { name: "CUDA" },
  { name: "data analysis", aliases: ["data analytics"] },
  { name: "Tableau" },
  { name: "Power BI", aliases: ["PowerBI"] },
  { name: "Excel", aliases: ["Microsoft Excel"], caseSensitive: true },
  { name: "PowerPoint" },
  { name: "Jira" },
  { name: "Agile", aliases: ["Scrum", "Kanban"] },
  { name: "Figma" },
  { name: "iOS" },
  { name: "Android" },
  { name: "macOS", aliases: ["Mac OS", "OS X"] },
  { name: "LaTeX" },
  { name: "WordPress" },
  { name: "LinkedIn" },
  { name: "YouTube" },
  { name: "OAuth" },
  { name: "JSON" },
  { name: "API", aliases: ["APIs"] },
  { name: "SaaS" },
  { name: "Salesforce" },
  { name: "SEO" },
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&").replace(/\s+/gu, "\\s+");
const normalize = (text: string) => text.replace(/\s+/gu, " ");

// Written forms → term. Case-sensitive names ("Go") only match as written; the rest
// match in any case.
interface Spelling {
  term: TechTerm;
  /** How this form is written correctly; null for a misspelling. */
  proper: string | null;
}

const EXACT = new Map<string, Spelling>();
const FOLDED = new Map<string, Spelling>();
for (const term of TECH_TERMS) {
  for (const proper of [term.name, ...(term.aliases ?? [])]) {
    (term.caseSensitive ? EXACT : FOLDED).set(term.caseSensitive ? proper : proper.toLowerCase(), { term, proper });
  }
  for (const misspelling of term.misspellings ?? []) FOLDED.set(misspelling.toLowerCase(), { term, proper: null });
}

// One pattern for every spelling, longest first so "React Native" wins over "React".
// Letters or digits must not touch a match; a dot before it would make "js" of "Node.js".
const ANY_TERM = new RegExp(
  `(?<![\\p{L}\\p{N}.#+])(?:${[...EXACT.keys(), ...FOLDED.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|")})(?![\\p{L}\\p{N}+#])`,
  "giu",
);

function spellingOf(written: string): Spelling | null {
  const text = normalize(written);
  return EXACT.get(text) ?? FOLDED.get(text.toLowerCase()) ?? null;
}

interface WrittenTerm extends Spelling {
  written: string;
  index: number;
}

function writtenTerms(text: string): WrittenTerm[] {
  const found: WrittenTerm[] = [];
  for (const match of text.matchAll(ANY_TERM)) {
    const spelling = spellingOf(match[0]);
    if (spelling) found.push({ ...spelling, written: normalize(match[0]), index: match.index ?? 0 });
  }
  return found;
}

export interface TermHit {
  name: string;
  /** Index of the first occurrence. */
  index: number;
  count: number;
}

/** Tech terms in a text, by canonical name, in order of first appearance. */
export function findTechTerms(text: string): TermHit[] {
  const hits = new Map<string, TermHit>();
  for (const { term, index } of writtenTerms(text)) {
    const hit = hits.get(term.name);
    if (hit) hit.count += 1;
    else hits.set(term.name, { name: term.name, index, count: 1 });
  }
  return [...hits.values()];
}

/** The text with every tech term blanked out. */
export function withoutTechTerms(text: string): string {
  return text.replace(ANY_TERM, (written) => (spellingOf(written) ? " " : written));
}

/** The canonical name for a skill as written ("k8s" → "Kubernetes"), or null if unknown. */
export function canonicalTechTerm(text: string): string | null {
  return spellingOf(text.trim())?.term.name ?? null;
}

// Case only matters where the real name has a telling case ("GitHub", "iOS", "SQL"), not
// for plain words ("machine learning", "Python") that take a capital at a line's start.
const hasTellingCase = (name: string) => /\p{Lu}/u.test(name.slice(1)) || /^\p{Ll}.*\p{Lu}/u.test(name);

const WEB_ADDRESS =
  /\S+@\S+|\bhttps?:\/\/\S+|\bwww\.\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|co|ai|app|me|edu|gov|uk|de|fr|in|ca|us)\b(?:\/\S*)?/giu;

export interface Misspelling {
  written: string;
  correct: string;
}

/** The correct spelling when this one is wrong: a misspelling, or a telling case changed. */
function correction({ term, proper, written }: WrittenTerm): string | null {
  if (term.caseSensitive) return null;
  if (proper === null) return term.name;
  return written !== proper && hasTellingCase(proper) ? proper : null;
}

/** Tech terms written another way than their makers spell them. URLs and e-mail addresses are skipped. */
export function findMisspelledTerms(text: string): Misspelling[] {
  const found: Misspelling[] = [];
  for (const written of writtenTerms(text.replace(WEB_ADDRESS, " "))) {
    const correct = correction(written);
    if (correct && !found.some((item) => item.written === written.written)) found.push({ written: written.written, correct });
  }
  return found;
}
