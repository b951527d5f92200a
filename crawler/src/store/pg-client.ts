import pg from "pg";
import type { SqlClient, SqlExecutor } from "./sql-client.ts";

/** A `SqlClient` over a PostgreSQL server (`postgres://…`), pooled; transactions hold one pooled connection. */
export function openPgClient(
  connectionString: string,
  opts: { max?: number; schema?: string } = {},
): SqlClient {
  const schema = opts.schema;
  if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema))
    throw new Error(`schema: not a plain identifier: ${schema}`);
  // Every pooled connection works in the given schema (tests isolate themselves this way): set at connection
  // time, so no query of ours has to run on a client before its first use.
  const pool = new pg.Pool({
    connectionString,
    max: opts.max ?? 4,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  const ready = schema ? pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`).then(() => undefined) : null;
  // Whoever queries next gets the error; until then it must not count as unhandled.
  ready?.catch(() => undefined);
  const asExecutor = (runner: pg.Pool | pg.PoolClient): SqlExecutor => ({
    query: async <Row>(sql: string, params: unknown[] = []) => {
      await ready;
      const result = await runner.query(sql, params);
      return { rows: result.rows as Row[] };
    },
  });
  return {
    ...asExecutor(pool),
    async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
      await ready;
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const value = await fn(asExecutor(client));
        await client.query("COMMIT");
        return value;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async exec(sql: string): Promise<void> {
      await ready;
      await pool.query(sql);
    },
    close: () => pool.end(),
  };
}
