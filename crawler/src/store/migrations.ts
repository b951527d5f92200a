import { readFile } from "node:fs/promises";
import type { SqlClient } from "./sql-client.ts";

/** Ordered schema versions; a new version is a new SQL file appended here, never an edit of an applied one. */
const MIGRATIONS: Array<{ version: number; file: string }> = [
  { version: 1, file: "schema.sql" },
  { version: 2, file: "schema-2.sql" },
  { version: 3, file: "schema-3.sql" },
];

export const SCHEMA_VERSION = MIGRATIONS.at(-1)!.version;

/** Brings the database to the latest schema; each version is applied in its own transaction with its marker row. */
export async function migrate(client: SqlClient): Promise<number> {
  await client.exec(
    "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
  );
  const { rows } = await client.query<{ version: number }>(
    "SELECT max(version) AS version FROM schema_migrations",
  );
  const current = rows[0]?.version ?? 0;
  let applied = 0;
  for (const migration of MIGRATIONS) {
    if (migration.version <= current) continue;
    const sql = await readFile(new URL(migration.file, import.meta.url), "utf8");
    await client.transaction(async (tx) => {
      for (const statement of splitStatements(sql)) await tx.query(statement);
      await tx.query("INSERT INTO schema_migrations (version) VALUES ($1)", [migration.version]);
    });
    applied++;
  }
  return applied;
}

/** Splits a script on `;` at line ends, dropping `--` comments (our schema has no functions or quoted semicolons). */
export function splitStatements(sql: string): string[] {
  return sql
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("--"))
    .join("\n")
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter(Boolean);
}
