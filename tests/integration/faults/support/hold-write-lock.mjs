// Holds SQLite's write lock on a database for a while, as another process (a backup job, a
// command-line tool) might: `node hold-write-lock.mjs <file> <ms>`. Prints "locked" once it
// holds the lock, and releases it after <ms> (rolling back: it writes nothing).
import Database from "better-sqlite3";

const [file, ms] = process.argv.slice(2);
const db = new Database(file, { timeout: 10_000 });
db.exec("BEGIN EXCLUSIVE");
process.stdout.write("locked\n");
setTimeout(() => {
  db.exec("ROLLBACK");
  db.close();
  process.stdout.write("released\n");
}, Number(ms));
