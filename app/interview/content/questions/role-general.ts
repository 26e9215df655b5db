// Role questions every software engineer meets: testing, security, debugging and
// observability.
import { ALL_ROLES, defineQuestions } from "./define.ts";

export const GENERAL_ROLE_QUESTIONS = defineQuestions(
  "role",
  { stages: ["phone-screen", "technical-deep-dive"], roles: ALL_ROLES, levels: ["L3", "L7"] },
  [
    // Testing
    [
      "gen-test-pyramid",
      "testing",
      "How do you decide what mix of unit, integration and end-to-end tests a project needs?",
      [
        "the strengths of each level :: unit test*|integration test*|end-to-end|e2e|fast|confidence",
        "testing behaviour rather than implementation :: behaviour|behavior|implementation detail*|public api|refactor",
        "more tests where risk is highest :: risk|critical path|money|core logic|bugs",
        "keeping the suite fast and reliable :: fast|flaky|reliable|parallel|ci",
      ],
    ],
    [
      "gen-test-flaky",
      "testing",
      "Your CI has flaky tests. How do you deal with them?",
      [
        "measuring and tracking flakiness :: track*|measure*|rerun|dashboard|flake rate",
        "common causes: timing, shared state, order dependence :: timing|sleep|race|shared state|order|network|random",
        "quarantining without ignoring :: quarantin*|skip|ticket|owner",
        "fixing the root cause :: root cause|deterministic|fake timer*|isolat*|wait for",
      ],
    ],
    [
      "gen-test-mocking",
      "testing",
      "When should you mock a dependency in tests, and when is mocking harmful?",
      [
        "mocking slow or external boundaries :: external|network|third-party|slow|boundary|payment",
        "over-mocking tests the implementation :: over-mock*|implementation|brittle|coupled",
        "fakes and in-memory implementations :: fake*|in-memory|test double*|stub*",
        "real dependencies in containers for integration tests :: testcontainers|docker|real database|integration",
      ],
    ],
    [
      "gen-test-tdd",
      "testing",
      "What is your view on test-driven development? Describe how you have used it.",
      [
        "the red-green-refactor loop :: red|green|refactor|test first|failing test",
        "where it helps: clear requirements, bug fixes :: bug fix*|regression|clear requirement*|design|logic",
        "where it helps less: exploration and UI :: exploration|prototype|spike|ui|unclear",
        "a concrete example :: example|when i|project|used it",
      ],
    ],
    // Security
    [
      "gen-sec-owasp",
      "security",
      "Name three common web vulnerabilities and how you prevent each.",
      [
        "injection and parameterised queries :: sql injection|injection|parameteriz*|prepared statement*",
        "cross-site scripting and output encoding :: xss|cross-site scripting|escap*|encod*|content security policy|csp",
        "CSRF and same-site cookies or tokens :: csrf|cross-site request forgery|samesite|csrf token",
        "broken access control :: access control|authoriz*|idor|permission*",
        "keeping dependencies patched :: dependenc*|patch*|vulnerab* scan*|npm audit|dependabot",
      ],
    ],
    [
      "gen-sec-passwords",
      "security",
      "How should an application store user passwords?",
      [
        "never in plain text or reversible encryption :: plain text|plaintext|reversible|never store",
        "a slow, salted password hash :: argon2|bcrypt|scrypt|pbkdf2|slow hash",
        "unique salts :: salt*",
        "rate limiting and breach checks on login :: rate limit*|lockout|breached password*|have i been pwned|mfa",
      ],
    ],
    [
      "gen-sec-secrets-leak",
      "security",
      "An API key was committed to a public repository. What do you do?",
      [
        "revoke and rotate immediately :: revoke|rotate|invalidat*|immediately",
        "assume it was used and check logs :: logs|audit|assume|usage|compromis*",
        "removing it from history is not enough :: history|rewrite|not enough|already",
        "preventing a repeat :: secret scan*|pre-commit|gitleaks|secret manager|vault",
      ],
    ],
    [
      "gen-sec-least-privilege",
      "security",
      "How do you apply the principle of least privilege in a cloud application?",
      [
        "each service gets only the permissions it needs :: only the permissions|minimal|least privilege|scoped",
        "separate roles per service and environment :: role*|per service|iam|environment",
        "short-lived credentials :: short-lived|temporary|rotate|sts|workload identity",
        "auditing and reviewing permissions :: audit*|review*|logs|unused",
      ],
      { levels: ["L4", "L7"] },
    ],
    [
      "gen-sec-input",
      "security",
      "How do you handle untrusted user input safely throughout an application?",
      [
        "validating at the boundary :: validat*|schema|boundary|allowlist",
        "encoding on output for the context :: encod*|escap*|context|html|output",
        "parameterised queries and no string-built commands :: parameteriz*|prepared|string concatenation|shell",
        "size limits against abuse :: size limit*|max length|limit*|dos|denial",
      ],
    ],
    // Debugging and observability
    [
      "gen-obs-debug-prod",
      "observability",
      "A bug only happens in production and you cannot reproduce it locally. How do you find it?",
      [
        "collecting evidence: logs, metrics, traces :: logs|metrics|traces|evidence|error tracking|sentry",
        "narrowing by what is different in production :: data|config|scale|traffic|environment|version|difference",
        "adding targeted logging or feature flags :: add logging|instrument*|flag|debug log*",
        "reproducing with production-like data :: reproduc*|production data|anonymiz*|replay|staging",
      ],
    ],
    [
      "gen-obs-logging",
      "observability",
      "What makes logs useful during an incident?",
      [
        "structured, searchable logs :: structured|json|searchable|fields",
        "correlation or request ids :: request id|correlation id|trace id",
        "the right level of detail :: level*|debug|info|error|noise",
        "no secrets or personal data :: secret*|personal data|pii|redact*",
      ],
    ],
    [
      "gen-obs-alerting",
      "observability",
      "How do you design alerts that wake someone up only when it matters?",
      [
        "alerting on user-facing symptoms :: symptom*|user-facing|error rate|latency|slo",
        "SLOs and error budgets :: slo*|error budget*|burn rate",
        "actionable alerts with runbooks :: actionable|runbook*|playbook",
        "reducing noise :: noise|fatigue|dedup*|tune|page only",
      ],
      { levels: ["L4", "L7"] },
    ],
    [
      "gen-obs-memory-leak",
      "observability",
      "A service's memory grows until it is killed every few hours. How do you investigate?",
      [
        "confirming the pattern with metrics :: metrics|graph|grows|sawtooth|restart*",
        "taking and comparing heap snapshots :: heap snapshot*|heap dump*|profil*|compare",
        "typical causes: caches, listeners, closures :: unbounded cache|listener*|closure*|global|map|timer*",
        "a fix and a guard against regression :: fix|bounded|lru|test|alert",
      ],
    ],
    [
      "gen-obs-code-review",
      "observability",
      "What do you look for when reviewing someone's code?",
      [
        "correctness and edge cases :: correct*|edge case*|bug*|error handling",
        "readability and naming :: readab*|naming|clear|simple",
        "tests for the change :: test*",
        "design fit and maintainability :: design|maintainab*|architecture|duplicat*",
        "kind, specific comments :: kind|respectful|specific|suggest*|nit",
      ],
    ],
    [
      "gen-obs-on-call",
      "observability",
      "How do you make a service easier to operate for whoever is on call?",
      [
        "dashboards showing health at a glance :: dashboard*|health|golden signals",
        "runbooks for known failures :: runbook*|playbook*|documentation",
        "safe operational levers :: feature flag*|kill switch|rollback|scale",
        "fixing the causes of repeated pages :: repeat*|toil|postmortem|action items|root cause",
      ],
      { levels: ["L4", "L7"] },
    ],
  ],
);
