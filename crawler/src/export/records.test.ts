import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { ArticleRecord } from "@vnfacts/shared";
import { parseCsv } from "@vnfacts/shared/export";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../store/index.ts";
import type { SqlCrawlStore } from "../store/sql-store.ts";
import { makeRecord } from "../store/test-fixtures.ts";
import { CSV_COLUMNS, exportRecords } from "./records.ts";

let store: SqlCrawlStore;
let dir: string;
const first = makeRecord({ url: "https://kyson.example.vn/tin-tuc/a.html" });
const second = makeRecord({
  url: "https://nbtv.example.vn/thoi-su/b.html",
  sourceId: "nbtv",
  province: "Ninh Bình",
  title: 'Cụm Thi đua số 1 "phát động", thi đua yêu nước',
  authors: ["Xuân Thu", "Trường Giang"],
  publicationDate: {
    value: "2026-01-21T16:00:00+07:00",
    precision: "approximate",
    raw: "1 giờ trước",
    origin: "relative",
  },
});

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "vnfacts-export-"));
  store = await openStore(join(dir, "data"));
  await store.upsertRecord(first);
  await store.upsertRecord(second);
});
afterAll(() => store.close());

describe("exportRecords", () => {
  it("writes one valid ArticleRecord per JSONL line to a file", async () => {
    const out = join(dir, "records.jsonl");
    expect(await exportRecords(store, { format: "jsonl", out })).toEqual({ records: 2 });
    const lines = (await readFile(out, "utf8")).trimEnd().split("\n");
    const parsed = lines.map((line) => ArticleRecord.parse(JSON.parse(line)));
    expect(parsed.map((r) => r.id).sort()).toEqual([first.id, second.id].sort());
    expect(parsed.find((r) => r.id === second.id)).toEqual(second);
  });

  it("writes RFC 4180 CSV with a BOM, quoting commas and quotes, to a stream", async () => {
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on("data", (c: Buffer) => chunks.push(c));
    await exportRecords(store, { format: "csv", out: stream });
    const text = Buffer.concat(chunks).toString("utf8");
    expect(text.startsWith("\uFEFFid,url,source,province,title,")).toBe(true);
    expect(text).toContain('"Cụm Thi đua số 1 ""phát động"", thi đua yêu nước"');
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual(CSV_COLUMNS);
    const row = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows.find((r) => r[0] === second.id)![i]]));
    expect(row).toMatchObject({
      source: "nbtv",
      province: "Ninh Bình",
      title: 'Cụm Thi đua số 1 "phát động", thi đua yêu nước',
      published_date: "2026-01-21T16:00:00+07:00",
      date_precision: "approximate",
      topics: "emulation:3",
      authors: "Xuân Thu; Trường Giang",
      facts_award: "1",
      facts_total: "1",
    });
    expect(rows).toHaveLength(3);
  });
});
