import "fake-indexeddb/auto";
import { parseCsv } from "@vnfacts/shared/export";
import { describe, expect, it } from "vitest";
import { annotate, DEMO_BODY, DEMO_URL, demoRecord } from "../../shared/src/export/test-fixtures.ts";
import { testDatabases } from "./db/test-db.ts";
import { buildDatasetExport } from "./export-files.ts";
import { exportTexts } from "./export-texts.ts";
import { importRecordsJsonl } from "./records/import.ts";

const freshDb = testDatabases("export-texts");
// What anchoring saw on the page: menu and title before the article's main text.
const PAGE = `Trang chủ Tin tức Văn bản\nPhường Kỳ Sơn phát động phong trào thi đua\n${DEMO_BODY}\nTin liên quan`;
const OTHER = "https://phutho.gov.vn/tin-tuc/khong-co-van-ban.htm";
const now = new Date("2026-02-01T02:00:00Z");

function annotations() {
  return [
    annotate(PAGE, "Bằng khen cho 5 cá nhân", "award", {
      value: 5,
      status: "accepted",
      provenance: "machine",
    }),
    annotate(PAGE, "680 lao động", "metric", { value: 680, status: "rejected", provenance: "machine" }),
    annotate(PAGE, "Nguyễn Hữu Cường", "person"),
    annotate(PAGE, "Tin tức", "locality"), // in the menu: not in the main text
    annotate(PAGE, "Kỳ Sơn", "locality", { url: OTHER }), // a page with no text at all
  ];
}

describe("dataset exports from the extension", () => {
  it("uses the page's main text when no record was imported: spans land on it, the rest are orphans", async () => {
    const db = freshDb();
    await db.pageTexts.put({ url: DEMO_URL, text: DEMO_BODY, capturedAt: "2026-02-01T09:00:00+07:00" });
    const list = annotations();
    const texts = await exportTexts(
      db,
      list.map((a) => a.target.source),
    );
    expect(texts.map((t) => t.url)).toEqual([DEMO_URL]);
    const out = buildDatasetExport(list, texts, "spans", DEMO_URL, now);
    expect(out).toMatchObject({ documents: 1, anchored: 3, orphans: 2 });
    expect(out.files).toHaveLength(1);
    expect(out.files[0]!.filename).toMatch(
      /^vnfacts-kyson\.phutho\.gov\.vn-tin-tuc-[a-z0-9.-]+-20260201-spans\.jsonl$/,
    );
    const doc = JSON.parse(out.files[0]!.content);
    expect(doc.text).toBe(DEMO_BODY);
    expect(doc.spans.map((s: { text: string; status: string }) => `${s.text}/${s.status}`)).toEqual([
      "Nguyễn Hữu Cường/tagged",
      "Bằng khen cho 5 cá nhân/accepted",
      "680 lao động/rejected",
    ]);
    for (const s of doc.spans) expect(DEMO_BODY.slice(s.start, s.end)).toBe(s.text);
    expect(doc.label).toHaveLength(2); // the rejected span is not a training label
  });

  it("uses an imported record's body (and id) when the page has one, in every dataset format", async () => {
    const db = freshDb();
    await db.pageTexts.put({ url: DEMO_URL, text: PAGE, capturedAt: "2026-02-01T09:00:00+07:00" });
    await importRecordsJsonl(db, `${JSON.stringify(demoRecord())}\n`, "2026-02-01T09:00:00+07:00");
    const list = annotations().slice(0, 3);
    const texts = await exportTexts(
      db,
      list.map((a) => a.target.source),
    );
    expect(texts).toMatchObject([{ id: demoRecord().id, text: DEMO_BODY, province: "Phú Thọ" }]);

    const csv = parseCsv(buildDatasetExport(list, texts, "csv", "all", now).files[0]!.content);
    const col = (name: string) => csv[0]!.indexOf(name);
    expect(csv.slice(1).map((r) => [r[col("record_id")], r[col("text")], r[col("status")]])).toEqual([
      [demoRecord().id, "Nguyễn Hữu Cường", "tagged"],
      [demoRecord().id, "Bằng khen cho 5 cá nhân", "accepted"],
      [demoRecord().id, "680 lao động", "rejected"],
    ]);
    const iob2 = buildDatasetExport(list, texts, "iob2", "all", now);
    expect(iob2.files.map((f) => f.filename)).toEqual([
      "vnfacts-all-20260201-iob2.jsonl",
      "vnfacts-all-20260201-iob2-dataset_info.json",
    ]);
    const rows = iob2.files[0]!.content.trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(rows).toHaveLength(4); // one row per paragraph of the record body
    const ls = JSON.parse(buildDatasetExport(list, texts, "labelstudio", "all", now).files[0]!.content);
    expect(ls[0].data.text).toBe(DEMO_BODY);
    expect(ls[0].predictions[0].result.map((r: { value: { text: string } }) => r.value.text)).toEqual([
      "Nguyễn Hữu Cường",
      "Bằng khen cho 5 cá nhân",
    ]);
  });
});
