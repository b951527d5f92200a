import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { DEMO_URL, demoRecord } from "../../../shared/src/export/test-fixtures.ts";
import { testDatabases } from "../db/test-db.ts";
import { importRecordsJsonl, recordForPage } from "./import.ts";

const freshDb = testDatabases("records");
const jsonl = (...rows: unknown[]) => `${rows.map((r) => JSON.stringify(r)).join("\n")}\n`;
const OTHER = "https://phutho.gov.vn/tin-tuc/dai-hoi-dang-bo-xa-tan-lac-123.htm";
const NOW = "2026-01-29T08:00:00+07:00";

describe("importRecordsJsonl", () => {
  it("stores a good file and finds a page's record by canonical URL", async () => {
    const db = freshDb();
    const summary = await importRecordsJsonl(db, jsonl(demoRecord(), demoRecord({ url: OTHER })), NOW);
    expect(summary).toEqual({ inFile: 2, added: 2, alreadyStored: 0, duplicatesInFile: 0 });
    expect((await recordForPage(db, `${DEMO_URL}?utm_source=zalo#top`))?.id).toBe(demoRecord().id);
    expect(await db.records.get(demoRecord({ url: OTHER }).id)).toMatchObject({
      pageUrl: OTHER,
      importedAt: NOW,
    });
  });

  it("refuses the whole file with the line number and field, storing nothing", async () => {
    const db = freshDb();
    const bad = {
      ...demoRecord({ url: OTHER }),
      publicationDate: { value: "27/01/2026", precision: "day", raw: null, origin: "page" },
    };
    await expect(importRecordsJsonl(db, jsonl(demoRecord(), bad), NOW)).rejects.toThrow(
      /^line 2: publicationDate\.value: /,
    );
    await expect(importRecordsJsonl(db, `${JSON.stringify(demoRecord())}\n{"id": "1"`, NOW)).rejects.toThrow(
      /^line 2: \(root\): not JSON/,
    );
    expect(await db.records.count()).toBe(0);
  });

  it("never overwrites a stored record, and merges duplicates in the file by id (latest fetch kept)", async () => {
    const db = freshDb();
    await importRecordsJsonl(db, jsonl(demoRecord({ title: "Bản đã nhập" })), NOW);
    const older = demoRecord({ url: OTHER, fetchedAt: "2026-01-20T08:00:00+07:00", title: "Cũ" });
    const newer = demoRecord({ url: OTHER, fetchedAt: "2026-01-25T08:00:00+07:00", title: "Mới" });
    const summary = await importRecordsJsonl(
      db,
      jsonl(demoRecord({ title: "Bản khác" }), newer, older),
      "2026-01-30T08:00:00+07:00",
    );
    expect(summary).toEqual({ inFile: 2, added: 1, alreadyStored: 1, duplicatesInFile: 1 });
    expect(await db.records.count()).toBe(2);
    expect((await recordForPage(db, DEMO_URL))?.title).toBe("Bản đã nhập");
    expect((await db.records.get(demoRecord().id))?.importedAt).toBe(NOW);
    expect((await recordForPage(db, OTHER))?.title).toBe("Mới");
  });
});
