import { join } from "node:path";
import { migrate } from "./migrations.ts";
import { openPGliteClient } from "./pglite-client.ts";
import { SqlCrawlStore } from "./sql-store.ts";

export type { SqlClient, SqlExecutor } from "./sql-client.ts";
export { MAX_ATTEMPTS, normalizeLastmod, SqlCrawlStore } from "./sql-store.ts";
export type * from "./types.ts";

/**
 * Opens the embedded store of a data folder (PGlite in `<dataDir>/db`), creating or migrating it. Runs a crashed
 * process left `running` are marked `interrupted`.
 */
export async function openStore(dataDir: string): Promise<SqlCrawlStore> {
  const client = await openPGliteClient(join(dataDir, "db"));
  try {
    await migrate(client);
    const store = new SqlCrawlStore(client);
    await store.markInterruptedRuns();
    return store;
  } catch (error) {
    await client.close().catch(() => undefined);
    throw error;
  }
}
