import { Annotation, describeZodError, parseOrThrow } from "@vnfacts/shared";
import { exportDB, importInto } from "dexie-export-import";
import * as z from "zod";
import type { VnfactsDb } from "./schema.ts";

/** The whole database as a dexie-export-import JSON blob. */
export function backupDatabase(db: VnfactsDb): Promise<Blob> {
  return exportDB(db, { prettyJson: false });
}

// Only the part of the dexie-export-import format we check before letting a file in.
const BackupFile = z.object({
  formatName: z.literal("dexie"),
  data: z.object({
    databaseName: z.string(),
    data: z.array(z.object({ tableName: z.string(), rows: z.array(z.unknown()) })),
  }),
});

/**
 * Restores a backup into the database, merging by key (rows in the file replace stored rows with the same
 * key; nothing else is removed). Refused whole, naming the row and field, when an annotation is malformed.
 */
export async function restoreDatabase(db: VnfactsDb, file: Blob): Promise<{ annotations: number }> {
  const text = await file.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error("backup: not a JSON file");
  }
  const backup = parseOrThrow(BackupFile, json, "backup");
  const rows = backup.data.data.find((t) => t.tableName === "annotations")?.rows ?? [];
  rows.forEach((row, i) => {
    // dexie-export-import may wrap values it cannot put in JSON; our rows are plain JSON.
    const parsed = Annotation.safeParse(row);
    if (!parsed.success) throw new Error(describeZodError(parsed.error, `backup: annotations.${i}`));
  });
  await importInto(db, new Blob([text], { type: "application/json" }), {
    overwriteValues: true,
    acceptVersionDiff: true,
    acceptNameDiff: true,
  });
  return { annotations: rows.length };
}
