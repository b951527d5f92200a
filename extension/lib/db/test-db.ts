import { afterEach } from "vitest";
import { VnfactsDb } from "./schema.ts";

/**
 * For tests (with `fake-indexeddb/auto` imported first): `freshDb()` opens a database under a new name; all
 * are closed after each test.
 */
export function testDatabases(prefix: string): () => VnfactsDb {
  const open: VnfactsDb[] = [];
  let n = 0;
  afterEach(() => {
    for (const db of open.splice(0)) db.close();
  });
  return () => {
    const db = new VnfactsDb(`${prefix}-${++n}`);
    open.push(db);
    return db;
  };
}
