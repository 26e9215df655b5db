import type { Prisma } from "~/generated/prisma/client";
import { db } from "~/db.server";

/** A saved layoff document of `userId`'s, written straight to the database, for tests about
 *  the document routes rather than what a tool writes. `fields` replaces any column. */
export function storedDocument(userId: string, fields: Partial<Prisma.DocumentUncheckedCreateInput> = {}) {
  return db.document.create({
    data: {
      userId,
      kind: "layoff_explanation",
      title: "T",
      input: "{}",
      output: "{}",
      text: "x",
      engine: "builtin",
      ...fields,
    },
  });
}
