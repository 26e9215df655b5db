// The PostgreSQL adapter `prisma migrate` runs on (prisma.config.ts). Prisma's schema engine
// reads catalog columns of PostgreSQL's `name` type (63-byte identifiers), which
// @prisma/adapter-pg 6.19 does not map and refuses ("Column type 'name' could not be
// deserialized", prisma/orm#27403, open). `name` is text to every client, so this adapter's
// connections report it as text. The app's own client never reads catalogs and uses
// @prisma/adapter-pg unchanged.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

const NAME_OID = 19;
const TEXT_OID = 25;

type WithFields = { fields?: { dataTypeID: number }[] };

function nameAsText<T>(result: T): T {
  for (const field of (result as WithFields | undefined)?.fields ?? []) {
    if (field.dataTypeID === NAME_OID) field.dataTypeID = TEXT_OID;
  }
  return result;
}

class NameAsTextClient extends pg.Client {
  // pg.Client's overloads (promise or callback) are passed through unchanged.
  query(...args: unknown[]): never {
    const last = args.at(-1);
    if (typeof last === "function") {
      args[args.length - 1] = (error: unknown, result: unknown) => last(error, result && nameAsText(result));
      return (super.query as (...a: unknown[]) => never)(...args);
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    return (result instanceof Promise ? result.then(nameAsText) : result) as never;
  }
}

/** @prisma/adapter-pg on a pool whose connections read `name` columns as text, for migrations. */
export function postgresMigrationsAdapter(connectionString: string): PrismaPg {
  return new PrismaPg(new pg.Pool({ connectionString, Client: NameAsTextClient }), { disposeExternalPool: true });
}
