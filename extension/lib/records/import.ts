import { type ArticleRecord, canonicalUrl } from "@vnfacts/shared";
import { parseRecordsJsonl } from "@vnfacts/shared/import";
import type { RecordRow, VnfactsDb } from "../db/schema.ts";

export interface RecordImportSummary {
  /** Records in the file (after merging duplicates by id). */
  inFile: number;
  added: number;
  /** Already stored under the same id: kept as stored, never overwritten. */
  alreadyStored: number;
  /** Lines whose id an earlier line of the file already had (the latest `fetchedAt` is kept). */
  duplicatesInFile: number;
}

/** Same id twice in one file (two crawls appended): keep the latest fetch. */
function latestById(records: readonly ArticleRecord[]): ArticleRecord[] {
  const byId = new Map<string, ArticleRecord>();
  for (const r of records) {
    const seen = byId.get(r.id);
    if (!seen || r.fetchedAt > seen.fetchedAt) byId.set(r.id, r);
  }
  return [...byId.values()];
}

/**
 * Imports a `records.jsonl` (from `vnfacts export`). The whole file is validated first and refused with
 * `line <n>: <field>: <reason>` when any line is malformed; then new ids are added and stored ids are left
 * untouched (an import never loses or overwrites what a reviewer already has).
 */
export async function importRecordsJsonl(
  db: VnfactsDb,
  text: string,
  now: string,
): Promise<RecordImportSummary> {
  const parsed = parseRecordsJsonl(text);
  const records = latestById(parsed);
  return db.transaction("rw", db.records, async () => {
    const stored = new Set((await db.records.bulkGet(records.map((r) => r.id))).map((r) => r?.id));
    const rows: RecordRow[] = records
      .filter((r) => !stored.has(r.id))
      .map((record) => ({ id: record.id, pageUrl: canonicalUrl(record.url), importedAt: now, record }));
    await db.records.bulkAdd(rows);
    return {
      inFile: records.length,
      added: rows.length,
      alreadyStored: records.length - rows.length,
      duplicatesInFile: parsed.length - records.length,
    };
  });
}

/** The imported record of a page, if any (matched by canonical URL). */
export async function recordForPage(db: VnfactsDb, pageUrl: string): Promise<ArticleRecord | null> {
  const row = await db.records.where("pageUrl").equals(canonicalUrl(pageUrl)).first();
  return row?.record ?? null;
}
