// The claim reader: a negation denies or dismisses a point only when it scopes over an
// evaluative predicate, however it is worded; negated advice and negations about something
// else say nothing against the point.
import { describe, expect, test } from "vitest";
import { claimOf } from "~/interview/feedback/polarity";

describe("claims read from grammar", () => {
  test.each([
    "hot spots cannot happen once data is sharded",
    "there is no such thing as a stale read",
    "replication lag is a myth from old databases",
    "it is impossible to lose data during failover",
    "a retry storm is something i have never once seen in production",
    "the outbox pattern solves a problem that does not exist anymore",
    "partitions don't really matter",
    "races between a read and an invalidation only matter at google scale",
    "invalidating on write is handled for you automatically",
    "backward compatibility between versions is the database's job",
    "flapping is a theoretical concern",
  ])("denial: %s", (clause) => expect(claimOf(clause)).toBe("denial"));

  test.each([
    "exponential backoff and jitter just make users wait longer for no benefit",
    "column order in a composite index makes no difference",
    "covering indexes are a feature nobody uses anymore",
    "you never have to make consumers idempotent",
    "timeouts and circuit breakers are extra complexity that rarely pays off",
    "a sliding window does not work here",
    "invalidation on write is unnecessary",
    "readiness checks just slow the rollout down",
    "timeouts only hide the real problem",
    "circuit breakers are a crutch for teams that write bad code",
    "blue-green deployments are a premature optimisation for most teams",
    "passive checks based on errors add nothing on top",
    "no api server ever calls redis while serving a request",
  ])("dismissal: %s", (clause) => expect(claimOf(clause)).toBe("dismissal"));

  test.each([
    "with asynchronous replication the leader does not wait for followers to confirm",
    "you don't want hot spots, so pick a key with high cardinality",
    "never forget the index on the foreign key",
    "a hash map makes the lookup constant time",
    "it is not impossible for two writers to race",
    "a lock can't be ignored here",
    "split brain only happens when the old leader can still accept writes",
    "a canary does not just slow the rollout down, it limits the damage",
    "the leader only waits for one follower to confirm",
    "a stale value does not live forever",
    "the limiter must add no more than a millisecond or two",
  ])("no claim against the point: %s", (clause) => expect(claimOf(clause)).toBeNull());
});
