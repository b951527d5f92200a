import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { Serializer, type SqlClient, type SqlExecutor } from "./sql-client.ts";

/**
 * PostgreSQL's defaults size its caches for a server; in process they are our RSS. The WASM heap only grows,
 * so 128 MB of shared buffers filled by a long crawl stay allocated. The working set of a crawl (the pending
 * URLs, the last batch of records) fits in a few MB; reads beyond it come from the OS page cache.
 */
const MEMORY_SETTINGS = ["-c", "shared_buffers=16MB", "-c", "wal_buffers=1MB", "-c", "work_mem=2MB"];

/** Opens (or creates) an embedded PostgreSQL in `dir`; every call is serialized over the single connection. */
export async function openPGliteClient(dir: string): Promise<SqlClient> {
  await mkdir(dir, { recursive: true });
  const db = await PGlite.create(dir, { startParams: [...PGlite.defaultStartParams, ...MEMORY_SETTINGS] });
  const serial = new Serializer();
  let closed = false;
  const guard = () => {
    if (closed) throw new Error("the store is closed");
  };
  return {
    query: <Row>(sql: string, params: unknown[] = []) =>
      serial.run(async () => {
        guard();
        const result = await db.query<Row>(sql, params);
        return { rows: result.rows };
      }),
    transaction: <T>(fn: (tx: SqlExecutor) => Promise<T>) =>
      serial.run(async () => {
        guard();
        return db.transaction(async (tx) =>
          fn({
            query: async <Row>(sql: string, params: unknown[] = []) => ({
              rows: (await tx.query<Row>(sql, params)).rows,
            }),
          }),
        );
      }),
    exec: (sql: string) =>
      serial.run(async () => {
        guard();
        await db.exec(sql);
      }),
    close: () =>
      serial.run(async () => {
        if (closed) return;
        closed = true;
        await db.close();
      }),
  };
}
