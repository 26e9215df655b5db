import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { readConfig } from "~/config.server";
import { derivePostgresSchema, engineOfUrl } from "~/db/engines";
import { databaseFault } from "~/db/faults";
import { redactUrl } from "~/server/migrate";

describe("the engine a DATABASE_URL names", () => {
  it("is SQLite for file:, PostgreSQL for postgres:// and postgresql://, and nothing else", () => {
    expect(engineOfUrl("file:./data/app.db")).toBe("sqlite");
    expect(engineOfUrl("postgresql://app@db.internal:5432/app")).toBe("postgresql");
    expect(engineOfUrl("postgres://app@db/app?sslmode=require")).toBe("postgresql");
    expect(engineOfUrl("mysql://app@db/app")).toBeNull();
    expect(engineOfUrl("./data/app.db")).toBeNull();
  });

  it("is validated with the rest of the configuration, with the pool and timeout settings", () => {
    expect(readConfig({}).databaseEngine).toBe("sqlite");
    const cfg = readConfig({
      DATABASE_URL: "postgresql://app@db/app",
      DATABASE_POOL_SIZE: "25",
      DATABASE_STATEMENT_TIMEOUT_MS: "2000",
    });
    expect(cfg.databaseEngine).toBe("postgresql");
    expect(cfg.database).toMatchObject({ poolSize: 25, statementTimeoutMs: 2000 });
    expect(readConfig({}).database).toMatchObject({ poolSize: 10, statementTimeoutMs: 30_000 });
    expect(() => readConfig({ DATABASE_URL: "mysql://app@db/app" })).toThrow(
      /DATABASE_URL: must start with file: \(SQLite\) or postgresql:\/\//,
    );
    expect(() => readConfig({ DATABASE_POOL_SIZE: "0" })).toThrow(/DATABASE_POOL_SIZE/);
    expect(() => readConfig({ DATABASE_POOL_SIZE: "ten" })).toThrow(/DATABASE_POOL_SIZE/);
    expect(() => readConfig({ DATABASE_STATEMENT_TIMEOUT_MS: "5" })).toThrow(/DATABASE_STATEMENT_TIMEOUT_MS/);
  });

  it("never shows a password in messages", () => {
    expect(redactUrl("postgresql://app:s3cret@db:5432/app")).toBe("postgresql://app:***@db:5432/app");
    expect(redactUrl("postgres://app@db/app")).toBe("postgres://app@db/app");
  });
});

describe("the derived PostgreSQL schema", () => {
  const source = fs.readFileSync("prisma/schema.prisma", "utf8");

  it("swaps the provider and the client's folder, and keeps every model line as it is", () => {
    const derived = derivePostgresSchema(source);
    expect(derived).toMatch(/datasource db \{\s*provider = "postgresql"/);
    expect(derived).toContain('output       = "../../app/generated/prisma-postgres"');
    const models = (text: string) => text.slice(text.indexOf("model "));
    expect(models(derived)).toBe(models(source));
  });

  it("refuses a source it does not recognise rather than deriving something wrong", () => {
    expect(() => derivePostgresSchema(source.replace('provider = "sqlite"', 'provider = "mysql"'))).toThrow(
      /provider = "sqlite"/,
    );
  });
});

describe("PostgreSQL's failures", () => {
  const wrapped = (cause: object) => ({ code: "P2010", meta: { driverAdapterError: { cause } } });

  it("map to the same faults as SQLite's: busy, full, unwritable, unreachable", () => {
    expect(databaseFault(wrapped({ kind: "postgres", code: "57014", originalCode: "57014" }))).toBe("busy");
    expect(databaseFault(wrapped({ kind: "TooManyConnections" }))).toBe("busy");
    expect(databaseFault(new Error("timeout exceeded when trying to connect"))).toBe("busy");
    expect(databaseFault(wrapped({ kind: "postgres", code: "53100" }))).toBe("full");
    expect(databaseFault(wrapped({ kind: "postgres", code: "25006" }))).toBe("unwritable");
    expect(databaseFault(wrapped({ kind: "DatabaseNotReachable", host: "db" }))).toBe("unreachable");
    expect(databaseFault(wrapped({ kind: "UniqueConstraintViolation", originalCode: "23505" }))).toBeNull();
  });
});
