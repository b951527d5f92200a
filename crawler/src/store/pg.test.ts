// The same store contract on a PostgreSQL server: proves the schema and queries are not PGlite-only.
// Needs a server at 127.0.0.1:5432, database `test`, trust auth (or VNFACTS_TEST_PG); skipped when absent.
import pg from "pg";
import { afterAll, describe } from "vitest";
import { migrate } from "./migrations.ts";
import { openPgClient } from "./pg-client.ts";
import { SqlCrawlStore } from "./sql-store.ts";
import { storeContract } from "./store-contract.ts";

const URL = process.env.VNFACTS_TEST_PG ?? "postgres://postgres@127.0.0.1:5432/test";

async function serverReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const reachable = await serverReachable();
if (!reachable)
  console.warn(`pg.test.ts: skipped — no PostgreSQL server at ${URL} (set VNFACTS_TEST_PG to run it)`);

const schemas: string[] = [];

describe.skipIf(!reachable)("PostgreSQL store", () => {
  storeContract(async () => {
    const schema = `vnfacts_test_${process.pid}_${schemas.length}`;
    schemas.push(schema);
    // Every connection of the pool works in the test's own schema (search_path set as a connection option).
    const client = openPgClient(URL, { max: 1, schema });
    await migrate(client);
    return new SqlCrawlStore(client);
  });

  afterAll(async () => {
    const admin = new pg.Client({ connectionString: URL });
    await admin.connect();
    for (const schema of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  });
});
