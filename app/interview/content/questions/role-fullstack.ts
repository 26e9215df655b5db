// Role questions for full-stack engineers: frontend frameworks, APIs, type-safe
// end-to-end development and deployment.
import type { QuestionDefaults } from "./define.ts";
import { defineQuestions } from "./define.ts";

const ROLE_STAGES: QuestionDefaults["stages"] = ["phone-screen", "technical-deep-dive"];

export const FRAMEWORK_QUESTIONS = defineQuestions(
  "role",
  { stages: ROLE_STAGES, roles: ["frontend", "full-stack"], levels: ["L3", "L7"] },
  [
    [
      "fs-fw-rerender",
      "frontend-frameworks",
      "In React, what causes a component to re-render, and how do you stop unnecessary re-renders?",
      [
        "the triggers: state, props and context changes, and parent renders :: state change|setstate|props|context|parent render*|parent re-render*",
        "memoisation tools and when they help :: memo|usememo|usecallback|react.memo|memoiz*",
        "measuring before optimising :: profiler|react devtools|measure|profil*",
        "structural fixes such as moving state down or splitting context :: move state|colocat*|split context|lift state|composition|children prop",
      ],
    ],
    [
      "fs-fw-effects",
      "frontend-frameworks",
      "When should you use useEffect in React, and what are common mistakes with it?",
      [
        "synchronising with external systems as the purpose :: external system|subscription|synchroniz*|side effect|dom|network",
        "the dependency array and stale closures :: dependency array|dependencies|stale closure|stale value|exhaustive-deps",
        "cleanup functions :: cleanup|clean up|unsubscribe|return a function|abort",
        "effects that are not needed, such as derived state :: derived state|compute during render|not needed|event handler|you might not need",
      ],
    ],
    [
      "fs-fw-keys",
      "frontend-frameworks",
      "Why do list items need stable keys in React or Vue, and what goes wrong with array indexes as keys?",
      [
        "keys identify items across renders for reconciliation :: reconcil*|identity|diff*|match elements|track",
        "bugs when items are inserted, removed or reordered :: reorder*|insert*|removed|wrong item|mixed up",
        "component state and inputs attached to the wrong row :: state|input|focus|uncontrolled",
        "using a stable id from the data :: stable id|unique id|database id|id from the data|uuid",
      ],
    ],
    [
      "fs-fw-ssr",
      "frontend-frameworks",
      "Compare server-side rendering, static generation and client-side rendering. When would you use each?",
      [
        "what each approach renders and when :: server-side render*|ssr|static generation|ssg|build time|client-side render*|csr|spa",
        "effects on first load, SEO and time to content :: seo|first contentful paint|fcp|lcp|time to first byte|ttfb|first load",
        "hydration and its cost :: hydration|hydrate|javascript bundle|interactive|tti",
        "fit to data freshness and personalisation :: personaliz*|fresh|dynamic data|revalidat*|cache|per request",
      ],
    ],
    [
      "fs-fw-hydration-mismatch",
      "frontend-frameworks",
      "What is a hydration mismatch, what causes it, and how do you fix it?",
      [
        "server HTML differing from the first client render :: server html|differ*|mismatch|first render|client render",
        "common causes like dates, random values and browser-only APIs :: date|time zone|random|window|localstorage|browser-only|typeof window",
        "fixes: render the same on both sides, defer client-only parts :: useeffect|client only|defer|suppresshydrationwarning|same on server|consistent",
      ],
    ],
    [
      "fs-fw-remix-loaders",
      "frontend-frameworks",
      "In a framework with route loaders and actions, such as Remix or Next.js, how do data loading and form mutations work, and why is that design useful?",
      [
        "loaders that fetch data on the server per route :: loader|server|per route|getserversideprops|fetch data",
        "actions handling form submissions :: action|form|post|submission|mutation",
        "revalidation after a mutation :: revalidat*|refetch|reload data|invalidat*",
        "progressive enhancement and fewer client waterfalls :: progressive enhancement|without javascript|waterfall|parallel|nested routes",
      ],
    ],
    [
      "fs-fw-choose",
      "frontend-frameworks",
      "How would you choose a frontend framework for a new product?",
      [
        "the product's needs: interactivity, SEO, content :: interactiv*|seo|content|app-like|requirements",
        "team skills and hiring :: team|experience|hiring|skills|learning curve",
        "ecosystem, maturity and long-term support :: ecosystem|community|maturity|long term|support|libraries",
        "performance and bundle size :: bundle size|performance|runtime|ssr",
        "a small prototype to validate :: prototype|spike|proof of concept|try",
      ],
      { levels: ["L4", "L7"] },
    ],
    [
      "fs-fw-component-design",
      "frontend-frameworks",
      "How do you design a reusable component API, for example a date picker used across many teams?",
      [
        "a small, predictable props surface :: props|api|minimal|predictable|defaults",
        "controlled and uncontrolled modes :: controlled|uncontrolled|value and onchange|onchange",
        "composition and customisation points :: composition|slots|children|render prop|headless",
        "accessibility and keyboard support built in :: accessib*|keyboard|aria|screen reader|focus",
        "versioning and documentation :: version*|documentation|storybook|changelog|breaking change",
      ],
      { levels: ["L4", "L7"] },
    ],
    [
      "fs-fw-forms",
      "frontend-frameworks",
      "How do you build a complex form with validation that is shared between client and server?",
      [
        "one validation schema used on both sides :: schema|zod|yup|shared|same validation",
        "server-side validation as the source of truth :: server|never trust|source of truth|server-side validation",
        "showing errors next to fields accessibly :: field error*|inline|aria-describedby|aria-invalid|accessib*",
        "preserving user input on failure :: preserve|keep values|repopulat*|not lose",
      ],
    ],
    [
      "fs-fw-suspense",
      "frontend-frameworks",
      "What problems do React Suspense and streaming rendering solve?",
      [
        "declarative loading states :: loading state|fallback|spinner|declarative",
        "streaming HTML as data becomes ready :: stream*|chunks|progressive|as it resolves",
        "avoiding waterfalls by starting requests early :: waterfall|parallel|start early|prefetch",
        "code splitting with lazy components :: lazy|code split*|dynamic import",
      ],
      { levels: ["L4", "L7"] },
    ],
  ],
);

export const API_QUESTIONS = defineQuestions(
  "role",
  { stages: ROLE_STAGES, roles: ["full-stack", "backend", "software-engineer"], levels: ["L3", "L7"] },
  [
    [
      "fs-api-rest-design",
      "apis",
      "Design the REST endpoints for a simple to-do service. What resources, methods and status codes would you use?",
      [
        "resources named as nouns :: /todos|resource*|nouns|collection",
        "HTTP methods matched to operations :: get|post|put|patch|delete",
        "correct status codes :: 200|201|204|400|404|409|status code*",
        "pagination and filtering for lists :: paginat*|cursor|limit|offset|filter",
      ],
    ],
    [
      "fs-api-idempotency",
      "apis",
      "What does idempotency mean for an API, and how would you make a payment endpoint safe to retry?",
      [
        "same request repeated has the same effect :: same effect|same result|repeat*|multiple times|idempoten*",
        "which HTTP methods are idempotent :: put|delete|get|post is not",
        "an idempotency key stored with the result :: idempotency key|request id|unique key|dedup*",
        "handling concurrent duplicates :: concurren*|lock|unique constraint|in progress|race",
      ],
    ],
    [
      "fs-api-versioning",
      "apis",
      "How do you evolve a public API without breaking existing clients?",
      [
        "additive, backward-compatible changes :: additive|backward compatib*|optional field*|non-breaking",
        "a versioning scheme :: version*|/v2|header|media type",
        "deprecation with notice and telemetry :: deprecat*|sunset|notice|telemetry|usage",
        "contract tests or schema checks :: contract test*|openapi|schema|compatib* check",
      ],
    ],
    [
      "fs-api-graphql-vs-rest",
      "apis",
      "When would you choose GraphQL over REST, and what new problems does GraphQL bring?",
      [
        "clients choosing the fields they need :: over-fetch*|under-fetch*|fields|client chooses|single endpoint",
        "a typed schema shared with clients :: schema|typed|introspection|codegen",
        "the N+1 problem and batching :: n+1|dataloader|batch*",
        "caching and cost control become harder :: caching|http cache|query cost|complexity limit|depth limit|rate limit",
      ],
    ],
    [
      "fs-api-pagination",
      "apis",
      "Compare offset and cursor pagination. Which would you use for an infinite-scrolling feed?",
      [
        "how offset pagination works and its cost :: offset|limit|skip|page number",
        "drifting results when data changes :: duplicat*|skipped|shift*|inserted|changes",
        "cursor pagination using a stable sort key :: cursor|keyset|seek|last id|created_at",
        "cursor as the choice for feeds :: feed|infinite scroll|cursor",
      ],
    ],
    [
      "fs-api-errors",
      "apis",
      "How should an API report errors so clients can handle them well?",
      [
        "meaningful HTTP status codes :: status code*|4xx|5xx|400|422|500",
        "a consistent, machine-readable error body :: error code|consistent|json|problem details|rfc 7807|machine-readable",
        "field-level validation messages :: field|validation|message|details",
        "no internal details leaked :: stack trace|leak|internal|sensitive",
        "a request id for support :: request id|correlation id|trace id",
      ],
    ],
    [
      "fs-api-auth",
      "apis",
      "How would you authenticate and authorise requests to an API used by a web app and a mobile app?",
      [
        "authentication with sessions or tokens :: session|cookie|token|jwt|oauth|openid",
        "secure storage of credentials on each client :: httponly|secure cookie|keychain|keystore|storage",
        "authorisation checked on every request on the server :: authoriz*|permission*|role*|every request|server-side",
        "token expiry, refresh and revocation :: expir*|refresh token|revocation|revoke|rotate",
      ],
    ],
    [
      "fs-api-rate-limit",
      "apis",
      "How would you add rate limiting to a public API?",
      [
        "an algorithm such as token bucket or sliding window :: token bucket|leaky bucket|sliding window|fixed window",
        "the key to limit on :: per user|api key|ip address|per client|tenant",
        "shared state across servers :: redis|shared|central*|distributed",
        "telling clients with 429 and headers :: 429|retry-after|rate limit header*|x-ratelimit",
      ],
      { levels: ["L4", "L7"] },
    ],
    [
      "fs-api-webhooks",
      "apis",
      "How would you design reliable webhooks for your customers?",
      [
        "retries with backoff :: retr*|backoff|exponential",
        "signatures so receivers can verify the sender :: signature|hmac|sign*|verify",
        "idempotent processing on the receiver side :: idempoten*|event id|duplicat*|at least once",
        "delivery logs and replay :: log*|replay|dashboard|dead letter",
      ],
      { levels: ["L4", "L7"] },
    ],
    [
      "fs-api-long-running",
      "apis",
      "How would you design an API for an operation that takes several minutes, such as generating a report?",
      [
        "accepting the job and returning quickly :: 202|accepted|job id|asynchronous|async",
        "a background worker and queue :: queue|worker|background job",
        "a way to get the result: polling, webhook or push :: poll*|status endpoint|webhook|websocket|server-sent events|notify",
        "failure handling and retries :: fail*|retr*|timeout|error state",
      ],
    ],
  ],
);

export const TYPE_SAFETY_QUESTIONS = defineQuestions(
  "role",
  { stages: ROLE_STAGES, roles: ["full-stack", "frontend", "backend"], levels: ["L3", "L7"] },
  [
    [
      "fs-ts-end-to-end",
      "type-safety",
      "How do you keep types in sync between a TypeScript backend and frontend?",
      [
        "a single source of truth for types :: single source|shared types|shared package|monorepo",
        "generated or inferred types from schemas :: codegen|generat*|openapi|graphql|trpc|infer*",
        "runtime validation at the boundary :: runtime validation|zod|validate|parse|boundary",
        "CI checks that catch drift :: ci|typecheck|build fails|drift|contract",
      ],
    ],
    [
      "fs-ts-runtime-validation",
      "type-safety",
      "TypeScript types disappear at runtime. How do you make sure external data matches your types?",
      [
        "types are erased at compile time :: erased|compile time|no runtime|disappear",
        "parsing untrusted input with a schema :: schema|zod|parse|validate|io-ts|valibot|ajv",
        "deriving the static type from the schema :: infer*|z.infer|derive",
        "where validation belongs: every trust boundary :: boundary|api|request|environment variable*|external|user input",
      ],
    ],
    [
      "fs-ts-unknown-any",
      "type-safety",
      "What is the difference between any and unknown in TypeScript, and when would you use each?",
      [
        "any switches off checking :: any|turns off|no checking|escape hatch",
        "unknown requires narrowing before use :: unknown|narrow*|type guard|must check",
        "unknown for untrusted input :: untrusted|json.parse|external|catch|from outside|api response|user input",
        "how to keep any out of a codebase :: noimplicitany|lint|eslint|strict",
      ],
    ],
    [
      "fs-ts-discriminated-unions",
      "type-safety",
      "What are discriminated unions and how do they help model application state?",
      [
        "a shared literal tag field :: tag|discriminant|kind|type field|literal",
        "narrowing by checking the tag :: narrow*|switch|if",
        "making impossible states unrepresentable :: impossible state*|invalid state*|loading and error|unrepresentable",
        "exhaustiveness checks with never :: exhaustive*|never|assertnever",
      ],
    ],
    [
      "fs-ts-generics",
      "type-safety",
      "Explain generics in TypeScript with an example from real code.",
      [
        "type parameters that keep relationships between inputs and outputs :: type parameter*|<t>|relationship|preserve",
        "constraints with extends :: extends|constraint*",
        "a concrete real example :: example|function|api|repository|fetch|hook",
        "when generics are overkill :: overkill|too complex|simple|readab*",
      ],
    ],
    [
      "fs-ts-strict",
      "type-safety",
      "How would you migrate a large JavaScript codebase to strict TypeScript?",
      [
        "incremental migration file by file :: incremental*|file by file|gradual*|allowjs",
        "turning on strict flags step by step :: strict|noimplicitany|strictnullchecks|flags",
        "typing the boundaries and shared modules first :: boundaries|shared|core|types first|api layer",
        "tracking progress and preventing regressions :: ci|track*|progress|lint|ts-expect-error",
      ],
      { levels: ["L4", "L7"] },
    ],
    [
      "fs-ts-errors-as-values",
      "type-safety",
      "How do you model expected failures in a typed codebase: exceptions or result values?",
      [
        "result or either types for expected failures :: result type|either|ok: false|result value|return error*",
        "exceptions for truly unexpected errors :: exception*|throw|unexpected|bug",
        "the type checker forcing callers to handle errors :: forced|must handle|compiler|type checker|exhaustive",
        "consistency across the codebase :: consistent|convention|team",
      ],
      { levels: ["L4", "L7"] },
    ],
    [
      "fs-ts-branded",
      "type-safety",
      "How can types prevent mixing up two values of the same primitive type, such as a user ID and an order ID?",
      [
        "branded or nominal types :: brand*|nominal|opaque|tagged type",
        "smart constructors that validate once :: constructor|validate|parse|factory",
        "where it pays off :: ids|money|currency|units|mix up",
      ],
      { levels: ["L4", "L7"] },
    ],
  ],
);

export const DEPLOYMENT_QUESTIONS = defineQuestions(
  "role",
  { stages: ROLE_STAGES, roles: ["full-stack", "backend", "software-engineer"], levels: ["L3", "L7"] },
  [
    [
      "fs-dep-pipeline",
      "deployment",
      "Describe a good CI/CD pipeline for a web application.",
      [
        "automated build, lint and tests on every change :: build|lint|tests|every commit|pull request|ci",
        "immutable build artefacts promoted between environments :: artifact*|artefact*|immutable|image|promote",
        "staged rollout to production :: staging|canary|blue-green|rolling|progressive",
        "fast rollback :: rollback|roll back|revert",
        "secrets kept out of the repository :: secret*|vault|environment variable*|not in git",
      ],
    ],
    [
      "fs-dep-zero-downtime",
      "deployment",
      "How do you deploy a new version of a web service with zero downtime?",
      [
        "rolling, blue-green or canary deployment :: rolling|blue-green|blue green|canary",
        "health and readiness checks before traffic :: health check*|readiness|liveness|warm up",
        "draining in-flight requests :: drain*|graceful shutdown|in-flight|connection*",
        "backward-compatible changes between versions :: backward compatib*|both versions|compatib*",
      ],
    ],
    [
      "fs-dep-db-migrations",
      "deployment",
      "How do you ship a database schema change without breaking the running application?",
      [
        "expand and contract in separate deploys :: expand and contract|expand/contract|parallel change|two steps|multiple deploys",
        "new columns nullable or with defaults first :: nullable|default|add column",
        "backfilling data in batches :: backfill*|batch*",
        "avoiding long locks on big tables :: lock*|online migration|concurrently|large table",
      ],
      { roles: ["full-stack", "backend", "software-engineer"] },
    ],
    [
      "fs-dep-feature-flags",
      "deployment",
      "What are feature flags good for, and what are their risks?",
      [
        "separating deploy from release :: deploy from release|decouple|dark launch|turn on",
        "gradual rollout and quick kill switches :: gradual|percentage|kill switch|turn off|rollout",
        "experiments :: experiment*|a/b test*",
        "flag debt and testing combinations :: flag debt|remove|clean up|combinations|stale flag*",
      ],
    ],
    [
      "fs-dep-rollback",
      "deployment",
      "A deploy has just increased the error rate. Walk me through what you do.",
      [
        "rolling back or disabling first :: roll back|rollback|revert|disable|kill switch|flag",
        "confirming impact with metrics :: metrics|dashboard|error rate|logs|alerts",
        "communicating to the team and users :: incident|communicat*|status page|channel|notify",
        "finding the root cause afterwards :: root cause|postmortem|post-mortem|diff",
      ],
    ],
    [
      "fs-dep-environments",
      "deployment",
      "How do you manage configuration and secrets across development, staging and production?",
      [
        "config in the environment, not the code :: environment variable*|twelve-factor|12-factor|config",
        "a secret manager with access control :: secret manager|vault|kms|parameter store|access control",
        "validating config at startup :: validate|startup|fail fast|schema",
        "parity between environments :: parity|same as production|staging|drift",
      ],
    ],
    [
      "fs-dep-frontend-assets",
      "deployment",
      "How do you deploy frontend assets so users never load a broken mix of old and new files?",
      [
        "content-hashed filenames :: hash*|fingerprint*|content hash|cache busting",
        "long cache lifetimes for hashed files and short for HTML :: cache-control|immutable|max-age|short cache|html",
        "serving from a CDN :: cdn|edge",
        "keeping old assets available during rollout :: old assets|previous version|keep|chunk load error",
      ],
      { roles: ["full-stack", "frontend"] },
    ],
    [
      "fs-dep-serverless",
      "deployment",
      "When would you deploy to serverless functions rather than long-running servers?",
      [
        "spiky or low traffic with pay-per-use pricing :: spiky|bursty|low traffic|pay per|cost",
        "cold starts and time limits :: cold start*|timeout|execution limit|duration",
        "state and connections held elsewhere :: stateless|connection pool*|database connection*|state",
        "vendor lock-in and local testing :: lock-in|vendor|local|portab*",
      ],
      { levels: ["L4", "L7"] },
    ],
  ],
);
