// Role questions for backend engineers: databases and query optimisation,
// distributed systems, microservices, caching, load balancing, containers.
import type { QuestionDefaults } from "./define.ts";
import { defineQuestions } from "./define.ts";

const ROLE_STAGES: QuestionDefaults["stages"] = ["phone-screen", "technical-deep-dive"];

export const DATABASE_QUESTIONS = defineQuestions(
  "role",
  { stages: ROLE_STAGES, roles: ["backend", "full-stack", "software-engineer"], levels: ["L3", "L7"] },
  [
    [
      "be-db-slow-query",
      "databases",
      "A query that used to take 20 ms now takes 4 seconds. How do you find and fix the cause?",
      [
        "reading the query plan :: explain|query plan|explain analyze|execution plan",
        "spotting full scans and missing indexes :: full table scan|seq scan|sequential scan|missing index|index",
        "checking what changed: data volume, statistics, parameters :: data grew|more data|statistics|analyze the table|parameter*|what changed|plan changed",
        "fixing with an index, a rewrite or less data :: add an index|composite index|rewrite|limit|select only",
        "verifying the improvement :: measure*|before and after|ms|verify",
      ],
    ],
    [
      "be-db-indexes",
      "databases",
      "How do database indexes work, and what do they cost?",
      [
        "a B-tree or similar sorted structure :: b-tree|btree|b+ tree|sorted|tree",
        "faster lookups and range scans :: lookup*|range|log n|faster reads|seek",
        "slower writes and extra storage :: slower writes|write*|storage|space|insert*",
        "composite index column order :: composite|column order|leftmost|prefix|multi-column",
        "covering indexes :: covering|index-only|include",
      ],
    ],
    [
      "be-db-n-plus-one",
      "databases",
      "What is the N+1 query problem, and how do you fix it?",
      [
        "one query for a list and one per item :: one query per|n+1|for each|loop|per row",
        "spotting it in logs or an APM :: log*|apm|query count|profil*",
        "fixing with a join or a batched IN query :: join|in clause|where id in|batch*|eager load*|include",
        "dataloader-style batching in GraphQL or ORMs :: dataloader|orm|prefetch",
      ],
    ],
    [
      "be-db-transactions",
      "databases",
      "Explain ACID and transaction isolation levels, with an example of an anomaly each level prevents.",
      [
        "the four ACID properties :: atomic*|consisten*|isolation|durab*",
        "isolation levels by name :: read committed|repeatable read|serializable|read uncommitted|snapshot",
        "anomalies such as dirty reads, non-repeatable reads and phantoms :: dirty read*|non-repeatable|phantom*|lost update*|write skew",
        "the performance cost of stronger isolation :: cost|lock*|contention|retr*|slower",
      ],
      { levels: ["L4", "L7"] },
    ],
    [
      "be-db-sql-vs-nosql",
      "databases",
      "How do you choose between a relational database and a NoSQL store for a new service?",
      [
        "data shape and relationships :: relation*|joins|schema|document|key-value|shape",
        "consistency and transaction needs :: transaction*|acid|consisten*",
        "access patterns and scale :: access pattern*|query pattern*|scale|throughput|partition",
        "team experience and operations :: team|operat*|managed|experience|tooling",
        "defaulting to relational unless there is a reason :: default|postgres|mysql|start with",
      ],
    ],
    [
      "be-db-sharding",
      "databases",
      "When and how would you shard a database?",
      [
        "why: data or write volume beyond one machine :: too large|write volume|one machine|vertical scaling|limits",
        "choosing a shard key :: shard key|partition key|tenant|user id|hash",
        "hot spots and uneven distribution :: hot spot*|hotspot*|skew|uneven|celebrity",
        "cross-shard queries and transactions :: cross-shard|scatter|gather|distributed transaction*|joins",
        "resharding later :: reshard*|rebalanc*|consistent hash*|virtual",
      ],
      { levels: ["L4", "L7"] },
    ],
    [
      "be-db-replication",
      "databases",
      "Explain leader-follower replication and the problems that replication lag causes.",
      [
        "writes to a leader copied to followers :: leader|primary|follower*|replica*|master",
        "synchronous versus asynchronous replication :: synchronous|asynchronous|async|semi-sync",
        "read-your-writes and stale reads :: read your writes|read-your-writes|stale|lag",
        "failover and possible data loss :: failover|promote|data loss|split brain",
      ],
      { levels: ["L4", "L7"] },
    ],
    [
      "be-db-locking",
      "databases",
      "Two requests update the same account balance at the same time. How do you prevent a lost update?",
      [
        "the race condition :: race|lost update|concurren*|same time",
        "atomic updates in SQL :: atomic|set balance|balance = balance|single statement|in one statement",
        "pessimistic locking with SELECT FOR UPDATE :: for update|row lock|pessimistic|lock*",
        "optimistic locking with a version column :: optimistic|version column|version number|compare and swap|cas",
      ],
    ],
    [
      "be-db-pagination-big",
      "databases",
      "Why does OFFSET pagination get slow on large tables, and what is the alternative?",
      [
        "the database still reads the skipped rows :: reads|scans|skipped rows|discard*|offset",
        "keyset pagination with an indexed sort key :: keyset|seek|cursor|where id >|last seen",
        "an index that matches the sort :: index|order by|sort",
        "trade-off: no jumping to arbitrary pages :: page number|jump|arbitrary",
      ],
    ],
    [
      "be-db-modelling",
      "databases",
      "How would you model orders, order items and products in a relational schema?",
      [
        "separate tables with keys :: table*|primary key|foreign key",
        "a join table for order items with quantity and price :: order_items|order items|quantity|line item*",
        "copying the price at purchase time :: price at|snapshot|historical|copy the price|at the time",
        "constraints and indexes :: constraint*|not null|unique|index|check",
      ],
    ],
    [
      "be-db-connection-pool",
      "databases",
      "What is a connection pool and how do you size it?",
      [
        "reusing expensive connections :: reuse|expensive|handshake|open and close",
        "the database's connection limit :: max_connections|limit|too many connections",
        "sizing from concurrency and query time :: size|cores|concurren*|little's law|queue",
        "pool exhaustion symptoms :: exhaust*|timeout*|waiting|saturat*",
        "a proxy such as PgBouncer for many instances :: pgbouncer|proxy|rds proxy|serverless",
      ],
      { levels: ["L4", "L7"] },
    ],
    [
      "be-db-migration-large",
      "databases",
      "You need to move a 2 TB table to a new schema with no downtime. How?",
      [
        "dual writes or change data capture :: dual write*|cdc|change data capture|trigger*|replicat*",
        "backfilling in batches :: backfill*|batch*|throttl*",
        "verifying consistency :: verif*|checksum*|compare|reconcil*|shadow read*",
        "switching reads, then writes, with a rollback path :: cut over|cutover|switch reads|rollback|flag",
      ],
      { levels: ["L5", "L7"] },
    ],
  ],
);

export const DISTRIBUTED_QUESTIONS = defineQuestions(
  "role",
  { stages: ROLE_STAGES, roles: ["backend", "software-engineer"], levels: ["L4", "L7"] },
  [
    [
      "be-ds-cap",
      "distributed-systems",
      "Explain the CAP theorem and what it means in practice.",
      [
        "consistency, availability and partition tolerance :: consisten*|availab*|partition toleran*",
        "partitions happen, so choose C or A during one :: partition*|network split|choose|during a partition",
        "real examples of each choice :: example|bank|dynamo|cassandra|spanner|zookeeper|shopping cart",
        "PACELC: latency versus consistency when healthy :: pacelc|latency|normal operation|else",
      ],
    ],
    [
      "be-ds-consistency-models",
      "distributed-systems",
      "Compare strong and eventual consistency, and give a use case for each.",
      [
        "strong consistency: reads see the latest write :: strong*|linearizab*|latest write|read after write",
        "eventual consistency: replicas converge later :: eventual*|converge|stale|later",
        "a use case needing strong consistency :: payment*|balance|inventory|booking|bank",
        "a use case fine with eventual consistency :: like count*|feed|view count|social|analytics",
        "the cost of strong consistency :: latency|availab*|coordination|quorum",
      ],
    ],
    [
      "be-ds-exactly-once",
      "distributed-systems",
      "Can a message queue give you exactly-once processing? How do you get the effect of it?",
      [
        "at-most-once and at-least-once delivery :: at most once|at least once|at-least-once|delivery",
        "why exactly-once delivery is hard :: network|ack*|crash|duplicat*|impossible",
        "idempotent consumers :: idempoten*|dedup*|message id|unique key",
        "transactional outbox or transactional commits :: outbox|transaction*|commit offset*",
      ],
    ],
    [
      "be-ds-consensus",
      "distributed-systems",
      "What problem do consensus algorithms like Raft solve, and where would you meet them?",
      [
        "agreeing on a value or log despite failures :: agree*|replicated log|failures|consensus",
        "leader election and terms :: leader election|leader|term*|heartbeat*",
        "majority quorums :: majority|quorum|2f+1|odd number",
        "real systems that use it :: etcd|zookeeper|consul|kubernetes|kafka|spanner",
      ],
      { levels: ["L5", "L7"] },
    ],
    [
      "be-ds-clocks",
      "distributed-systems",
      "Why can't you trust wall-clock timestamps to order events across machines? What do you use instead?",
      [
        "clock skew and drift :: skew|drift|ntp|clock*|not synchroniz*",
        "logical clocks :: lamport|vector clock*|logical clock*|hybrid logical",
        "a single sequencer or database-assigned order :: sequence|sequencer|auto-increment|single writer|log offset",
        "last-write-wins data loss :: last write wins|last-write-wins|lww|lost",
      ],
      { levels: ["L5", "L7"] },
    ],
    [
      "be-ds-retries",
      "distributed-systems",
      "How should a service retry calls to a flaky dependency?",
      [
        "retrying only safe, idempotent operations :: idempoten*|safe to retry|only retry",
        "exponential backoff with jitter :: exponential backoff|backoff|jitter",
        "retry budgets and limits to avoid storms :: retry budget|max retr*|limit|retry storm|amplif*",
        "timeouts and circuit breakers :: timeout*|circuit breaker*",
      ],
      { levels: ["L3", "L7"] },
    ],
    [
      "be-ds-distributed-lock",
      "distributed-systems",
      "How would you implement a distributed lock, and what can go wrong?",
      [
        "a lock service or atomic set with expiry :: setnx|set nx|redis|zookeeper|etcd|lease|ttl|expiry",
        "lock expiry while the holder is paused :: gc pause|paused|expired|expir*",
        "fencing tokens :: fencing token*|fencing|monotonic|version",
        "avoiding locks where possible :: avoid|idempoten*|single writer|queue|partition",
      ],
      { levels: ["L5", "L7"] },
    ],
    [
      "be-ds-saga",
      "distributed-systems",
      "How do you keep data consistent across services when a business operation spans several of them?",
      [
        "why distributed transactions are avoided :: two-phase commit|2pc|distributed transaction*|coupling|availab*",
        "the saga pattern with compensating actions :: saga|compensat*|undo",
        "orchestration versus choreography :: orchestrat*|choreograph*|events",
        "idempotency and the outbox pattern :: idempoten*|outbox",
      ],
    ],
  ],
);

export const MICROSERVICE_QUESTIONS = defineQuestions(
  "role",
  { stages: ROLE_STAGES, roles: ["backend", "software-engineer"], levels: ["L4", "L7"] },
  [
    [
      "be-ms-when",
      "microservices",
      "When does splitting a monolith into microservices make sense, and when is it a mistake?",
      [
        "team and deployment independence as the main benefit :: teams|independent deploy*|ownership|autonom*",
        "independent scaling :: scale independently|scaling|different load",
        "costs: network calls, operations, distributed data :: network|latency|operational|observab*|distributed data|complexity",
        "a modular monolith as the starting point :: modular monolith|start with a monolith|boundaries first",
      ],
    ],
    [
      "be-ms-boundaries",
      "microservices",
      "How do you decide service boundaries?",
      [
        "business capabilities or bounded contexts :: bounded context*|domain|business capabilit*|ddd",
        "each service owning its data :: own* its data|own database|data ownership|shared database|its database|its own data|and its data",
        "minimising chatty cross-service calls :: chatty|coupling|cohesion|calls",
        "team ownership :: team|conway",
      ],
    ],
    [
      "be-ms-communication",
      "microservices",
      "Compare synchronous (REST, gRPC) and asynchronous (events, queues) communication between services.",
      [
        "synchronous calls are simple but couple availability :: synchronous|request-response|coupl*|availab*|latency",
        "gRPC for typed, efficient internal calls :: grpc|protobuf|protocol buffers|http/2",
        "asynchronous messaging decouples in time :: asynchronous|queue|events|kafka|decoupl*",
        "eventual consistency and harder debugging :: eventual*|debug*|tracing|ordering",
      ],
    ],
    [
      "be-ms-failure",
      "microservices",
      "One downstream service is slow and your service starts timing out. What protects you?",
      [
        "timeouts on every call :: timeout*",
        "circuit breakers :: circuit breaker*",
        "bulkheads and limited concurrency :: bulkhead*|concurrency limit|thread pool|isolat*",
        "fallbacks or graceful degradation :: fallback*|degrad*|cached|default",
        "load shedding :: load shed*|reject|429|503",
      ],
    ],
    [
      "be-ms-observability",
      "microservices",
      "How do you debug a request that fails somewhere across ten services?",
      [
        "distributed tracing with a propagated trace id :: distributed tracing|trace id|opentelemetry|jaeger|zipkin|span*",
        "structured, correlated logs :: structured log*|correlation id|request id|log*",
        "metrics and dashboards per service :: metric*|dashboard*|red|golden signals",
        "service dependency maps :: dependency map|service map|graph",
      ],
    ],
    [
      "be-ms-gateway",
      "microservices",
      "What does an API gateway do, and what should it not do?",
      [
        "routing and aggregation :: rout*|aggregat*|single entry",
        "cross-cutting concerns: auth, rate limits, TLS :: authentication|auth|rate limit*|tls|ssl",
        "backend-for-frontend variants :: backend for frontend|bff",
        "keeping business logic out of it :: business logic|thin|not|bottleneck",
      ],
    ],
    [
      "be-ms-contracts",
      "microservices",
      "How do you change an event or API contract that several services depend on?",
      [
        "backward-compatible, additive changes :: backward compatib*|additive|optional",
        "schema registry or versioned schemas :: schema registry|avro|protobuf|version*",
        "consumer-driven contract tests :: contract test*|pact|consumer-driven",
        "migrating consumers before removing fields :: migrat*|deprecat*|consumers first|remove later",
      ],
    ],
  ],
);

export const CACHING_QUESTIONS = defineQuestions(
  "role",
  { stages: ROLE_STAGES, roles: ["backend", "full-stack", "software-engineer"], levels: ["L3", "L7"] },
  [
    [
      "be-cache-strategies",
      "caching",
      "Explain cache-aside, write-through and write-behind caching.",
      [
        "cache-aside: read from cache, load on miss :: cache-aside|lazy loading|on a miss|miss",
        "write-through: write to cache and store together :: write-through|write through|both",
        "write-behind: write to cache, store later :: write-behind|write-back|asynchronous*|later",
        "the consistency and data-loss trade-offs :: stale|consisten*|data loss|trade-off",
      ],
    ],
    [
      "be-cache-invalidation",
      "caching",
      "How do you keep a cache from serving stale data after an update?",
      [
        "TTLs as a safety net :: ttl|expir*|time to live",
        "invalidating or updating on write :: invalidat*|delete the key|evict|on write|update",
        "events or change data capture to drive invalidation :: event*|cdc|change data capture|pub/sub|message",
        "races between read and invalidate :: race|stale set|versions|lease*",
      ],
    ],
    [
      "be-cache-stampede",
      "caching",
      "What is a cache stampede and how do you prevent it?",
      [
        "many requests missing at once and hitting the database :: many requests|expire*|same time|thundering herd|stampede",
        "request coalescing or a lock per key :: coalesc*|single flight|singleflight|lock|mutex",
        "early or probabilistic refresh :: early refresh|probabilistic|refresh ahead|background refresh",
        "jittered TTLs :: jitter*|random*",
      ],
      { levels: ["L4", "L7"] },
    ],
    [
      "be-cache-eviction",
      "caching",
      "Compare LRU, LFU and TTL-based eviction. How would you pick one?",
      [
        "LRU: least recently used :: lru|least recently used|recency",
        "LFU: least frequently used :: lfu|least frequently used|frequency",
        "TTL expiry for freshness :: ttl|expir*|freshness",
        "choosing by access pattern and measuring hit rate :: access pattern*|hit rate|hit ratio|measure",
      ],
    ],
    [
      "be-cache-what",
      "caching",
      "What would you cache in a typical web application, and at which layer?",
      [
        "browser and CDN caching for static assets :: browser|cdn|static|edge",
        "application caching of expensive reads :: redis|memcached|in-memory|expensive|computed",
        "database caches and read replicas :: buffer pool|read replica*|query cache|database",
        "what not to cache: personal or fast-changing data :: personal|user-specific|private|fast-changing|sensitive",
      ],
    ],
    [
      "be-cache-redis-down",
      "caching",
      "Your Redis cache goes down. What happens to your system and how should it behave?",
      [
        "load shifting to the database :: database|load|overload|thundering",
        "falling back gracefully :: fallback|degrad*|bypass|circuit breaker",
        "protecting the database :: rate limit*|shed|throttl*|limit",
        "replication and warm-up :: replica*|sentinel|cluster|warm*",
      ],
      { levels: ["L4", "L7"] },
    ],
  ],
);

export const LOAD_BALANCING_QUESTIONS = defineQuestions(
  "role",
  { stages: ROLE_STAGES, roles: ["backend", "software-engineer"], levels: ["L3", "L7"] },
  [
    [
      "be-lb-algorithms",
      "load-balancing",
      "What load-balancing algorithms do you know, and when is each a good fit?",
      [
        "round robin and weighted round robin :: round robin|round-robin|weighted",
        "least connections or least outstanding requests :: least connection*|least outstanding|least load*",
        "hashing for affinity :: hash*|consistent hash*|affinity|sticky",
        "power of two random choices :: two random|power of two|p2c",
      ],
    ],
    [
      "be-lb-l4-l7",
      "load-balancing",
      "What is the difference between layer 4 and layer 7 load balancing?",
      [
        "layer 4 routes by IP and port :: layer 4|l4|tcp|udp|ip and port",
        "layer 7 understands HTTP :: layer 7|l7|http|path|header*|host",
        "features only layer 7 can offer :: path-based|routing|tls termination|retries|cookie*",
        "cost and performance differences :: faster|overhead|cost|performance",
      ],
    ],
    [
      "be-lb-health",
      "load-balancing",
      "How do load balancers decide a backend is unhealthy, and what can go wrong?",
      [
        "active health checks :: health check*|probe*|active",
        "passive checks based on errors :: passive|error*|outlier detection|ejection",
        "shallow versus deep checks :: shallow|deep|dependenc*|database",
        "flapping and cascading removals :: flapping|cascad*|all unhealthy|fail open|panic",
      ],
    ],
    [
      "be-lb-sticky",
      "load-balancing",
      "What are sticky sessions, and why do many teams avoid them?",
      [
        "routing a user to the same server :: same server|affinity|sticky|cookie",
        "uneven load and failover problems :: uneven|imbalance|failover|lost session*|server dies",
        "stateless services with shared session storage :: stateless|shared|redis|database|jwt",
        "cases where affinity still helps :: websocket*|cache locality|local cache",
      ],
    ],
    [
      "be-lb-global",
      "load-balancing",
      "How do you route users to the nearest healthy region?",
      [
        "DNS-based or anycast routing :: dns|geodns|anycast|latency-based",
        "health-aware failover between regions :: failover|health|region*",
        "data locality and replication :: data|replicat*|locality|residency",
        "DNS TTL and client caching limits :: ttl|cach*|propagat*",
      ],
      { levels: ["L5", "L7"] },
    ],
  ],
);

export const CONTAINER_QUESTIONS = defineQuestions(
  "role",
  { stages: ROLE_STAGES, roles: ["backend", "full-stack", "software-engineer"], levels: ["L3", "L7"] },
  [
    [
      "be-ct-container-vs-vm",
      "containers",
      "How does a container differ from a virtual machine?",
      [
        "containers share the host kernel :: share*|host kernel|kernel",
        "isolation with namespaces and cgroups :: namespace*|cgroup*|isolat*",
        "VMs run a full guest OS on a hypervisor :: hypervisor|guest os|full os|virtual machine",
        "trade-offs: startup time, density, isolation strength :: startup|lightweight|density|security|isolation",
      ],
    ],
    [
      "be-ct-dockerfile",
      "containers",
      "What makes a good Dockerfile for a production Node or Python service?",
      [
        "small base images and multi-stage builds :: multi-stage|alpine|slim|distroless|small",
        "layer caching by copying dependency files first :: layer*|cache|package.json|requirements|copy first",
        "running as a non-root user :: non-root|user|root",
        "no secrets baked into the image :: secret*|build arg*|env",
        "pinned versions :: pin*|version*|digest|lockfile",
      ],
    ],
    [
      "be-ct-k8s-basics",
      "containers",
      "Explain pods, deployments and services in Kubernetes.",
      [
        "pods as the smallest unit :: pod*|smallest|containers together",
        "deployments managing replicas and rollouts :: deployment*|replica*|rolling update|rollout",
        "services giving stable networking :: service*|stable ip|dns|load balanc*|selector",
        "ingress for outside traffic :: ingress|external|gateway",
      ],
    ],
    [
      "be-ct-probes",
      "containers",
      "What are liveness, readiness and startup probes, and how do they differ?",
      [
        "liveness restarts stuck containers :: liveness|restart*|stuck|deadlock",
        "readiness controls traffic :: readiness|traffic|ready|remove from service",
        "startup probes for slow starts :: startup probe|slow start*",
        "not checking dependencies in liveness :: dependenc*|database|cascad*|restart loop",
      ],
    ],
    [
      "be-ct-resources",
      "containers",
      "How do resource requests and limits work in Kubernetes, and what goes wrong when they are set badly?",
      [
        "requests for scheduling :: request*|schedul*",
        "limits enforced at runtime :: limit*|enforce*",
        "CPU throttling versus memory OOM kills :: throttl*|oom*|out of memory|killed",
        "right-sizing from observed usage :: right-siz*|observed|metrics|usage|vpa",
      ],
      { levels: ["L4", "L7"] },
    ],
    [
      "be-ct-autoscaling",
      "containers",
      "How would you autoscale a containerised service?",
      [
        "horizontal pod autoscaling on metrics :: hpa|horizontal|autoscal*|replicas",
        "choosing the right metric :: cpu|queue length|requests per second|custom metric*|latency",
        "cluster autoscaling for nodes :: cluster autoscaler|nodes|karpenter",
        "scale-up lag and warm-up :: lag|warm*|cooldown|stabiliz*|cold start",
      ],
      { levels: ["L4", "L7"] },
    ],
    [
      "be-ct-config",
      "containers",
      "How do you pass configuration and secrets to containers in Kubernetes?",
      [
        "ConfigMaps :: configmap*",
        "Secrets and their limits :: secret*|base64|encrypt*",
        "an external secret manager :: vault|external secret*|secrets manager|kms|sealed",
        "rolling out config changes :: restart|rollout|reload|checksum annotation",
      ],
    ],
  ],
);
