import pg from "pg";
import type { SqlClient, SqlExecutor } from "./sql-client.ts";

/** A `SqlClient` over a PostgreSQL server (`postgres://…`), pooled; transactions hold one pooled connection. */
export function openPgClient(
  connectionString: string,
  opts: { max?: number; schema?: string } = {},
): SqlClient {
  const pool = new pg.Pool({ connectionString, max: opts.max ?? 4 });
  const schema = opts.schema;
  if (schema) {
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`schema: not a plain identifier: ${schema}`);
    // Every pooled connection works in the given schema (tests isolate themselves this way).
    pool.on("connect", (client) => {
      client
        .query(`CREATE SCHEMA IF NOT EXISTS ${schema}; SET search_path TO ${schema}`)
        .catch(() => undefined);
    });
  }
  const asExecutor = (runner: pg.Pool | pg.PoolClient): SqlExecutor => ({
    query: async <Row>(sql: string, params: unknown[] = []) => {
      const result = await runner.query(sql, params);
      return { rows: result.rows as Row[] };
    },
  });
  return {
    ...asExecutor(pool),
    async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
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
      await pool.query(sql);
    },
    close: () => pool.end(),
  };
}
