// Synthetic people for the parser corpus: seeded, so every resume can be rebuilt exactly.
// Pools are split in two: the tuning half of the corpus draws from the "tuning" pools and
// the held-out half from the "heldout" pools, so the held-out resumes carry names,
// employers, titles, schools and heading words the tuning resumes never show.
import { mulberry32, type Random } from "~/seeded-random";
import type { Split } from "./truth.ts";

export type Rng = Random;

/** The corpus's seeded generator (app/seeded-random.ts). */
export const rng = mulberry32;

export const pick = <T>(r: Rng, items: readonly T[]): T => items[Math.floor(r() * items.length)];
export const chance = (r: Rng, p: number) => r() < p;
export const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

export function pickSome<T>(r: Rng, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(r() * pool.length), 1)[0]);
  return out;
}

interface Pools {
  first: string[];
  last: string[];
  oneWord: string[];
  cities: string[];
  companies: string[];
  titles: string[];
  schools: string[];
  fields: string[];
  skills: string[];
  certs: string[];
  bootcamps: string[];
}

const POOLS: Record<Split, Pools> = {
  tuning: {
    first: [
      "Jane",
      "Marcus",
      "Priya",
      "Chen",
      "Olga",
      "Tomás",
      "Aisha",
      "Liam",
      "Zoë",
      "Mateus",
      "Hana",
      "Kwame",
      "Élodie",
      "Raj",
      "Sofia",
      "Björn",
      "Nguyễn",
      "Ana",
      "Declan",
      "Yuki",
      "Fatima",
      "Jonas",
      "Lucía",
      "Trần",
    ],
    last: [
      "Rivera",
      "Okafor",
      "Sharma",
      "Wei",
      "Petrova",
      "García",
      "Hassan",
      "O'Brien",
      "Müller",
      "Silva",
      "Kowalski",
      "Mensah",
      "Dubois",
      "Patel",
      "Rossi",
      "Lindqvist",
      "Văn Thành",
      "Ferreira",
      "Tanaka",
      "Haddad",
      "van der Berg",
      "Núñez",
      "Thị Lan",
      "Schäfer",
    ],
    oneWord: ["Teodora", "Ravindra", "Solveig", "Amadou"],
    cities: [
      "Austin, TX",
      "Seattle, WA",
      "Berlin, Germany",
      "Toronto, ON",
      "Lisbon, Portugal",
      "Hanoi, Vietnam",
      "Denver, CO",
      "London, UK",
      "Chicago, IL",
      "Madrid, Spain",
      "Bangalore, India",
      "Brooklyn, NY",
    ],
    companies: [
      "Stripe",
      "Acme Robotics",
      "Northwind Traders",
      "Globex Corporation",
      "Initech",
      "Brightline Labs",
      "Helios Energy",
      "Contoso Ltd",
      "Bluefin Analytics",
      "Umbra Systems",
      "Kestrel Health",
      "Paperplane",
      "Orbital Freight",
      "Redwood Bank",
      "Tidewater Software",
      "Lumen Games",
      "Vantage Capital",
      "Quill & Co",
      "Fernhill Media",
      "Sable Networks",
    ],
    titles: [
      "Software Engineer",
      "Senior Software Engineer",
      "Backend Engineer",
      "Frontend Developer",
      "Full-Stack Developer",
      "Staff Engineer",
      "Engineering Manager",
      "Software Engineering Intern",
      "DevOps Engineer",
      "Senior Backend Engineer",
      "Lead Developer",
      "Junior Developer",
      "Data Analyst",
      "Mobile Developer",
      "Principal Engineer",
      "QA Engineer",
    ],
    schools: [
      "University of Texas at Austin",
      "Technical University of Munich",
      "University of Toronto",
      "Georgia Institute of Technology",
      "Universidade de Lisboa",
      "Hanoi University of Science and Technology",
      "University of Washington",
      "Imperial College London",
      "Indian Institute of Technology Bombay",
      "Universidad Politécnica de Madrid",
      "Oregon State University",
      "McGill University",
    ],
    fields: [
      "Computer Science",
      "Software Engineering",
      "Electrical Engineering",
      "Mathematics",
      "Information Systems",
      "Physics",
      "Computer Engineering",
    ],
    skills: [
      "Python",
      "Go",
      "TypeScript",
      "JavaScript",
      "Java",
      "Kotlin",
      "Rust",
      "SQL",
      "PostgreSQL",
      "Redis",
      "Kafka",
      "Docker",
      "Kubernetes",
      "Terraform",
      "AWS",
      "GCP",
      "React",
      "Node.js",
      "GraphQL",
      "gRPC",
      "Linux",
      "Git",
      "Spark",
      "Airflow",
      "C++",
      "Ruby on Rails",
      "Django",
      "Flask",
      "Swift",
      "Elasticsearch",
    ],
    certs: [
      "AWS Certified Solutions Architect – Associate",
      "Certified Kubernetes Administrator (CKA)",
      "Google Cloud Professional Data Engineer",
      "Oracle Certified Professional, Java SE 11 Developer",
      "HashiCorp Certified: Terraform Associate",
    ],
    bootcamps: ["App Academy", "Le Wagon", "Hack Reactor"],
  },
  heldout: {
    first: [
      "Amara",
      "Diego",
      "Ingrid",
      "Kenji",
      "Leila",
      "Mikhail",
      "Nadia",
      "Oskar",
      "Phạm",
      "Rosa",
      "Sipho",
      "Thandiwe",
      "Ulla",
      "Valentina",
      "Wojciech",
      "Ximena",
      "Yasmin",
      "Zeynep",
      "Đặng",
      "Łukasz",
      "Chloé",
      "Anders",
      "Bích",
      "Farrukh",
    ],
    last: [
      "Adeyemi",
      "Bergström",
      "Castillo",
      "Dimitriou",
      "Eriksen",
      "Fujimoto",
      "Gonçalves",
      "Horváth",
      "Ibrahim",
      "Jovanović",
      "Kaur",
      "Lefèvre",
      "Minh Tuấn",
      "Novak",
      "Oyelaran",
      "Przybylski",
      "Quispe",
      "Rahman",
      "Søndergaard",
      "Thanh Hương",
      "Uçar",
      "Villanueva",
      "Żółkowski",
      "MacAllister",
    ],
    oneWord: ["Oluwaseun", "Marisol", "Thorvald", "Khadija"],
    cities: [
      "Portland, OR",
      "Boston, MA",
      "Munich, Germany",
      "Vancouver, BC",
      "Porto, Portugal",
      "Ho Chi Minh City, Vietnam",
      "Raleigh, NC",
      "Manchester, UK",
      "Atlanta, GA",
      "Barcelona, Spain",
      "Pune, India",
      "Oakland, CA",
    ],
    companies: [
      "Wayfarer Logistics",
      "Pinecone Dynamics",
      "Marlin Payments",
      "Copperleaf Inc.",
      "Halcyon AI",
      "Nimbus Cloudworks",
      "Ostrich Security",
      "Meridian Health Group",
      "Foxglove Studios",
      "Tessellate",
      "Granite Insurance",
      "Polaris Mobility",
      "Juniper & Finch",
      "Cobalt Fintech",
      "Verdant Farms",
      "Ironclad Data",
      "Saffron Retail",
      "Atlas Genomics",
      "Beacon Learning",
      "Harbor Freightworks",
    ],
    titles: [
      "Platform Engineer",
      "Site Reliability Engineer",
      "Member of Technical Staff",
      "Data Engineer",
      "Senior Frontend Engineer",
      "Machine Learning Engineer",
      "Software Developer II",
      "Tech Lead",
      "Security Engineer",
      "Cloud Infrastructure Engineer",
      "Android Developer",
      "Solutions Architect",
      "Senior Data Scientist",
      "Engineering Intern",
      "Director of Engineering",
      "Web Developer",
    ],
    schools: [
      "Portland State University",
      "Northeastern University",
      "Ludwig Maximilian University of Munich",
      "University of British Columbia",
      "Universidade do Porto",
      "Vietnam National University",
      "North Carolina State University",
      "University of Manchester",
      "Emory University",
      "Universitat Politècnica de Catalunya",
      "Savitribai Phule Pune University",
      "Mills College",
    ],
    fields: [
      "Computer Science",
      "Data Science",
      "Applied Mathematics",
      "Cognitive Science",
      "Statistics",
      "Mechanical Engineering",
      "Information Technology",
    ],
    skills: [
      "Scala",
      "Elixir",
      "C#",
      ".NET",
      "Haskell",
      "Vue.js",
      "Angular",
      "Svelte",
      "MongoDB",
      "MySQL",
      "Cassandra",
      "RabbitMQ",
      "Ansible",
      "Pulumi",
      "Azure",
      "Prometheus",
      "Grafana",
      "PyTorch",
      "TensorFlow",
      "pandas",
      "Snowflake",
      "dbt",
      "Next.js",
      "Tailwind CSS",
      "Jenkins",
      "GitHub Actions",
      "Bash",
      "PHP",
      "Laravel",
      "Figma",
    ],
    certs: [
      "Microsoft Certified: Azure Developer Associate",
      "Certified Information Systems Security Professional (CISSP)",
      "AWS Certified Developer – Associate",
      "Professional Scrum Master I (PSM I)",
      "CompTIA Security+",
    ],
    bootcamps: ["General Assembly", "Flatiron School", "Codesmith"],
  },
  // Set B: written after the parser was tuned; shares no value with either pool above.
  "heldout-b": {
    first: [
      "Aurelio",
      "Brigitte",
      "Cormac",
      "Dagny",
      "Emeka",
      "Freya",
      "Giulia",
      "Henrik",
      "Imogen",
      "Joaquín",
      "Katarzyna",
      "Lorenzo",
      "Maëlle",
      "Niamh",
      "Octavia",
      "Paulo",
      "Quang",
      "Ruairí",
      "Saoirse",
      "Tiago",
      "Ugo",
      "Vũ",
      "Wilhelmina",
      "Yannick",
    ],
    last: [
      "Abernathy",
      "Brandão",
      "Cavalcanti",
      "De Luca",
      "Ekström",
      "Fitzgerald",
      "Grønlund",
      "Hoang",
      "Iwasaki",
      "Janssen",
      "Kovačević",
      "Laurent",
      "Moreau",
      "Nakamura",
      "Ó Briain",
      "Pellegrini",
      "Quintero",
      "Rasmussen",
      "Szabó",
      "Trịnh",
      "Urquhart",
      "Van Dijk",
      "Wiśniewska",
      "Zimmermann",
    ],
    oneWord: ["Anouk", "Bartholomew", "Ifeoma", "Sigrún"],
    cities: [
      "Rotterdam, Netherlands",
      "Milan, Italy",
      "Lyon, France",
      "Hamburg, Germany",
      "Valencia, Spain",
      "Minneapolis, MN",
      "San Diego, CA",
      "Pittsburgh, PA",
      "Edinburgh, UK",
      "Montréal, QC",
      "Da Nang, Vietnam",
      "Kraków, Poland",
    ],
    companies: [
      "Lanternfish Labs",
      "Quayside Systems",
      "Brambleworks",
      "Northstar Robotics GmbH",
      "Calloway & Pike",
      "Oriel Payments",
      "Driftwood Analytics",
      "Kepler Grid",
      "Sundial Health",
      "Marrow Bio",
      "Tinderbox Games",
      "Fjord Mobility AS",
      "Cinder Security",
      "Alder Software S.L.",
      "Heliotrope Media",
      "Wren Capital",
      "Basalt Cloud",
      "Mosaic Learning",
      "Ember Logistics",
      "Parallax Insurance",
    ],
    titles: [
      "Software Engineer III",
      "Senior Platform Engineer",
      "Backend Developer",
      "Reliability Engineer",
      "Head of Engineering",
      "Data Platform Engineer",
      "Graduate Software Engineer",
      "Infrastructure Engineer",
      "Senior Product Engineer",
      "Analytics Engineer",
      "Principal Software Architect",
      "iOS Engineer",
      "Embedded Software Engineer",
      "Technical Program Manager",
      "Developer Advocate",
      "Research Engineer",
    ],
    schools: [
      "Delft University of Technology",
      "Politecnico di Milano",
      "Université Claude Bernard Lyon 1",
      "University of Hamburg",
      "Universitat de València",
      "University of Minnesota",
      "University of California, San Diego",
      "Carnegie Mellon University",
      "University of Edinburgh",
      "Concordia University",
      "University of Danang",
      "Jagiellonian University",
    ],
    fields: [
      "Computer Science",
      "Software Systems",
      "Artificial Intelligence",
      "Economics",
      "Computational Linguistics",
      "Industrial Engineering",
      "Human-Computer Interaction",
    ],
    skills: [
      "Clojure",
      "Erlang",
      "OCaml",
      "F#",
      "Julia",
      "R",
      "Perl",
      "Lua",
      "Dart",
      "Flutter",
      "Ember.js",
      "SolidJS",
      "NestJS",
      "FastAPI",
      "Spring Boot",
      "CockroachDB",
      "DynamoDB",
      "ClickHouse",
      "NATS",
      "Consul",
      "Nomad",
      "Vault",
      "Helm",
      "Argo CD",
      "Datadog",
      "Splunk",
      "Looker",
      "Tableau",
      "Playwright",
      "WebAssembly",
    ],
    certs: [
      "Certified Kubernetes Application Developer (CKAD)",
      "Google Associate Cloud Engineer",
      "ISTQB Certified Tester Foundation Level",
      "Red Hat Certified Engineer (RHCE)",
      "Databricks Certified Data Engineer Associate",
    ],
    bootcamps: ["Ironhack", "Makers Academy", "Turing School"],
  },
};

export interface Job {
  title: string;
  company: string;
  location: string | null;
  /** "YYYY-MM" */
  start: string;
  /** "YYYY-MM" or "present" */
  end: string;
  bullets: string[];
}

export interface School {
  /** The degree as printed ("B.S.", "Master of Science", "Certificate"). */
  degree: string;
  field: string | null;
  institution: string;
  location: string | null;
  start: string | null;
  end: string;
  details: string[];
}

export interface Person {
  name: string;
  /** A one-word name. */
  mononym: boolean;
  tagline: string;
  email: string;
  phone: string | null;
  location: string | null;
  linkedin: string | null;
  github: string | null;
  website: string | null;
  summary: string;
  jobs: Job[];
  schools: School[];
  skillGroups: { label: string; skills: string[] }[];
  certifications: string[];
}

const VERBS = [
  "Built",
  "Led",
  "Designed",
  "Cut",
  "Migrated",
  "Shipped",
  "Automated",
  "Reduced",
  "Scaled",
  "Rewrote",
  "Introduced",
  "Owned",
  "Mentored",
  "Launched",
  "Improved",
];
const OBJECTS = [
  "the billing service",
  "a real-time event pipeline",
  "the public REST API",
  "the mobile checkout flow",
  "an internal deployment tool",
  "the search ranking service",
  "the data warehouse",
  "the CI pipeline",
  "a feature-flag platform",
  "the notification system",
  "the on-call runbooks",
  "the authentication service",
];
const RESULTS = [
  "cutting latency by 40%",
  "serving 2M requests a day",
  "saving $120k a year",
  "for 30 engineers",
  "reducing incidents by a third",
  "in six weeks",
  "with zero downtime",
  "raising conversion by 8%",
  "used by 15 teams",
  "halving build times",
];
const TOOLS = ["Go", "Python", "Kafka", "PostgreSQL", "Kubernetes", "React", "TypeScript", "Terraform", "Rust", "Java"];

function bullet(r: Rng): string {
  return `${pick(r, VERBS)} ${pick(r, OBJECTS)} in ${pick(r, TOOLS)}, ${pick(r, RESULTS)}`;
}

const pad = (n: number) => String(n).padStart(2, "0");
const ym = (year: number, month: number) => `${year}-${pad(month)}`;

function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/gu, "")
    .replace(/đ/giu, "d")
    .replace(/ł/giu, "l")
    .replace(/ø/giu, "o")
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, "");
}

const DEGREES = [
  { degree: "B.S.", level: "bachelor" },
  { degree: "BSc", level: "bachelor" },
  { degree: "Bachelor of Science", level: "bachelor" },
  { degree: "B.Eng.", level: "bachelor" },
  { degree: "Bachelor of Arts", level: "bachelor" },
  { degree: "M.S.", level: "master" },
  { degree: "MSc", level: "master" },
  { degree: "Master of Science", level: "master" },
  { degree: "MEng", level: "master" },
  { degree: "Ph.D.", level: "phd" },
] as const;

const TAGLINES = [
  "Backend engineer who likes boring, reliable systems",
  "Software engineer · distributed systems",
  "Full-stack developer",
  "Engineer focused on developer experience",
  "Building payments infrastructure",
  "Product-minded software engineer",
];

export function makePerson(seed: number, split: Split): Person {
  const r = rng(seed);
  const pools = POOLS[split];
  const mononym = chance(r, 0.07);
  const first = mononym ? pick(r, pools.oneWord) : pick(r, pools.first);
  const name = mononym ? first : `${first} ${pick(r, pools.last)}`;
  const handle = slug(name) + (chance(r, 0.4) ? String(int(r, 1, 99)) : "");
  const domain = pick(r, ["example.com", "mail.example.org", "example.net", "inbox.example.dev"]);
  const email = `${pick(r, [handle, slug(first), `${slug(first)}.${slug(name.split(" ").slice(-1)[0])}`])}@${domain}`;
  const phone = chance(r, 0.9)
    ? pick(r, [
        `+1 (${int(r, 201, 989)}) 555-${pad(int(r, 10, 99))}${pad(int(r, 10, 99))}`,
        `${int(r, 201, 989)}.555.${pad(int(r, 10, 99))}${pad(int(r, 10, 99))}`,
        `+44 20 7946 ${int(r, 1000, 9999)}`,
        `+49 30 ${int(r, 100, 999)} ${int(r, 1000, 9999)}`,
        `+84 90 ${int(r, 100, 999)} ${int(r, 1000, 9999)}`,
        `(${int(r, 201, 989)}) 555-${int(r, 1000, 9999)}`,
        `+351 912 ${int(r, 100, 999)} ${int(r, 100, 999)}`,
      ])
    : null;
  const location = chance(r, 0.9) ? pick(r, pools.cities) : null;

  // Jobs newest first, back from a recent month.
  const jobCount = int(r, 1, 5);
  const jobs: Job[] = [];
  let year = int(r, 2023, 2026);
  let month = int(r, 1, 12);
  const companies = pickSome(r, pools.companies, jobCount);
  for (let i = 0; i < jobCount; i++) {
    const current = i === 0 && chance(r, 0.6);
    const endYear = year;
    const endMonth = month;
    const months = int(r, 6, 50);
    const startIndex = endYear * 12 + endMonth - 1 - months;
    const startYear = Math.floor(startIndex / 12);
    const startMonth = (startIndex % 12) + 1;
    const job: Job = {
      title: pick(r, pools.titles),
      company: companies[i],
      location: chance(r, 0.75) ? pick(r, [...pools.cities, "Remote"]) : null,
      start: ym(startYear, startMonth),
      end: current ? "present" : ym(endYear, endMonth),
      bullets: Array.from({ length: int(r, 2, 5) }, () => bullet(r)),
    };
    jobs.push(job);
    // Sometimes a promotion: an earlier role at the same employer.
    if (i < jobCount - 1 && chance(r, 0.15)) {
      const earlierEnd = startIndex - 1;
      const earlierStart = earlierEnd - int(r, 8, 30);
      jobs.push({
        ...job,
        title: pick(
          r,
          pools.titles.filter((title) => title !== job.title),
        ),
        start: ym(Math.floor(earlierStart / 12), (earlierStart % 12) + 1),
        end: ym(Math.floor(earlierEnd / 12), (earlierEnd % 12) + 1),
        bullets: Array.from({ length: int(r, 1, 3) }, () => bullet(r)),
      });
      year = Math.floor((earlierStart - int(r, 0, 6)) / 12);
      month = ((earlierStart - int(r, 0, 6) + 1200) % 12) + 1;
    } else {
      const next = startIndex - int(r, 0, 6);
      year = Math.floor(next / 12);
      month = (next % 12) + 1;
    }
  }

  const schoolCount = chance(r, 0.25) ? 2 : chance(r, 0.1) ? 0 : 1;
  const schools: School[] = [];
  let gradYear = year - int(r, 0, 1);
  const schoolNames = pickSome(r, pools.schools, 2);
  for (let i = 0; i < schoolCount; i++) {
    const kind = pick(r, DEGREES);
    const years = kind.level === "bachelor" ? 4 : kind.level === "master" ? 2 : 5;
    schools.push({
      degree: kind.degree,
      field: pick(r, pools.fields),
      institution: schoolNames[i],
      location: chance(r, 0.5) ? pick(r, pools.cities) : null,
      start: chance(r, 0.6) ? `${gradYear - years}-09` : null,
      end: `${gradYear}-${pick(r, ["05", "06", "07", "12"])}`,
      details: chance(r, 0.3) ? [`GPA: 3.${int(r, 4, 9)}/4.0`] : [],
    });
    gradYear -= years + int(r, 0, 2);
  }
  if (chance(r, 0.15)) {
    const endYear = int(r, 2017, 2023);
    schools.unshift({
      degree: "Certificate",
      field: pick(r, ["Full-Stack Web Development", "Software Engineering Immersive", "Data Science"]),
      institution: pick(r, pools.bootcamps),
      location: null,
      start: null,
      end: `${endYear}-${pick(r, ["03", "08", "11"])}`,
      details: [],
    });
  }

  const skills = pickSome(r, pools.skills, int(r, 6, 14));
  const grouped = chance(r, 0.6);
  const skillGroups = grouped
    ? [
        { label: "Languages", skills: skills.slice(0, Math.ceil(skills.length / 3)) },
        {
          label: pick(r, ["Frameworks", "Tools", "Platforms"]),
          skills: skills.slice(Math.ceil(skills.length / 3), Math.ceil((2 * skills.length) / 3)),
        },
        {
          label: pick(r, ["Infrastructure", "Data", "Other"]),
          skills: skills.slice(Math.ceil((2 * skills.length) / 3)),
        },
      ].filter((group) => group.skills.length > 0)
    : [{ label: "", skills }];

  return {
    name,
    mononym,
    tagline: pick(r, TAGLINES),
    email,
    phone,
    location,
    linkedin: chance(r, 0.6) ? `linkedin.com/in/${handle}` : null,
    github: chance(r, 0.5) ? `github.com/${handle}` : null,
    website: chance(r, 0.25) ? `${handle}.dev` : null,
    summary:
      `${pick(r, ["Software engineer", "Engineer", "Developer"])} with ${int(r, 2, 15)} years of experience building ` +
      `${pick(r, ["reliable backend systems", "web products", "data platforms", "developer tools"])} for ` +
      `${pick(r, ["fintech", "health care", "logistics", "games", "e-commerce"])} teams.`,
    jobs,
    schools,
    skillGroups,
    certifications: chance(r, 0.35) ? pickSome(r, pools.certs, int(r, 1, 2)) : [],
  };
}
