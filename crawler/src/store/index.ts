import { join } from "node:path";
import { lockDataFolder } from "./lock.ts";
import { migrate } from "./migrations.ts";
import { openPGliteClient } from "./pglite-client.ts";
import type { SqlClient } from "./sql-client.ts";
import { SqlCrawlStore } from "./sql-store.ts";

export { DataFolderInUseError } from "./lock.ts";
export type { SqlClient, SqlExecutor } from "./sql-client.ts";
export { MAX_ATTEMPTS, normalizeLastmod, SqlCrawlStore } from "./sql-store.ts";
export type * from "./types.ts";

/**
 * Opens the embedded store of a data folder (PGlite in `<dataDir>/db`, raw page bodies in pack files under
 * `<dataDir>/raw`), creating or migrating it. Only one
 * process may hold a data folder (`<dataDir>/db.lock`). Runs a crashed process left `running` are marked
 * `interrupted`.
 */
export async function openStore(dataDir: string): Promise<SqlCrawlStore> {
  const unlock = await lockDataFolder(dataDir);
  let client: SqlClient | undefined;
  try {
    const pglite = await openPGliteClient(join(dataDir, "db"));
    client = {
      ...pglite,
      close: async () => {
        await pglite.close();
        await unlock();
      },
    };
    await migrate(client);
    const store = new SqlCrawlStore(client, { rawDir: join(dataDir, "raw") });
    await store.markInterruptedRuns();
    return store;
  } catch (error) {
    if (client) await client.close().catch(() => undefined);
    else await unlock();
    throw error;
  }
}
