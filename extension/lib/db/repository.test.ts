import "fake-indexeddb/auto";
import { afterEach, describe, expect, it } from "vitest";
import { newAnnotation } from "../new-annotation.ts";
import { DEFAULT_SETTINGS } from "../settings.ts";
import {
  annotationsForPage,
  deleteAnnotation,
  getSettings,
  recordAnchoring,
  saveAnnotation,
  saveSettings,
  updateAnnotation,
} from "./repository.ts";
import { VnfactsDb } from "./schema.ts";

const PAGE = "https://kyson.phutho.gov.vn/tin-tuc/phat-dong-thi-dua-2026?utm_source=zalo&id=12";
const CANONICAL = "https://kyson.phutho.gov.vn/tin-tuc/phat-dong-thi-dua-2026?id=12";
let n = 0;
const dbs: VnfactsDb[] = [];
function freshDb(upTo?: number, name = `test-${++n}`) {
  const db = new VnfactsDb(name, upTo);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
  }
});

function award(uuidTail: string, exact = "Bằng khen cho 5 cá nhân") {
  return newAnnotation({
    pageUrl: PAGE,
    pageTitle: "Phường Kỳ Sơn phát động phong trào thi đua, yêu nước năm 2026",
    quote: { type: "TextQuoteSelector", exact, prefix: "trao tặng ", suffix: " phường Kỳ Sơn" },
    position: { type: "TextPositionSelector", start: 361, end: 361 + exact.length },
    tag: "award",
    note: "  Thủ tướng tặng  ",
    value: 5,
    author: "Lan",
    now: "2026-01-28T09:00:00+07:00",
    uuid: `00000000-0000-4000-8000-${uuidTail.padStart(12, "0")}`,
  });
}

describe("repository", () => {
  it("stores annotations under the canonical page URL and keeps the page row", async () => {
    const db = freshDb();
    const a = await saveAnnotation(db, award("1"));
    expect(a.target.source).toBe(CANONICAL);
    expect(a.note).toBe("Thủ tướng tặng");
    expect(a).toMatchObject({ status: "tagged", provenance: "human", value: 5, author: "Lan" });
    await saveAnnotation(db, award("2", "5 cá nhân"));
    expect((await annotationsForPage(db, PAGE)).map((x) => x.id)).toEqual([a.id, award("2").id]);
    expect(await db.pages.get(CANONICAL)).toEqual({
      url: CANONICAL,
      site: "kyson.phutho.gov.vn",
      title: "Phường Kỳ Sơn phát động phong trào thi đua, yêu nước năm 2026",
      firstAnnotated: "2026-01-28T09:00:00+07:00",
      lastAnnotated: "2026-01-28T09:00:00+07:00",
    });
  });

  it("refuses a malformed annotation, naming the field", async () => {
    const db = freshDb();
    await expect(saveAnnotation(db, { ...award("3"), tag: "prize" })).rejects.toThrow(/annotation: tag:/);
    expect(await db.annotations.count()).toBe(0);
  });

  it("updates tag, note and value and deletes the page row with its last annotation", async () => {
    const db = freshDb();
    const a = await saveAnnotation(db, award("4"));
    const b = await updateAnnotation(
      db,
      a.id,
      { tag: "award_proposed", note: null },
      "2026-01-29T10:00:00+07:00",
    );
    expect(b).toMatchObject({
      tag: "award_proposed",
      note: null,
      value: 5,
      modified: "2026-01-29T10:00:00+07:00",
    });
    expect(b.created).toBe(a.created);
    await recordAnchoring(db, PAGE, [{ annotationId: a.id, method: null }], "2026-01-29T10:00:00+07:00");
    expect(await db.anchorStates.get(a.id)).toMatchObject({ state: "orphan", pageUrl: CANONICAL });
    expect(await deleteAnnotation(db, a.id)).toBe(true);
    expect(await deleteAnnotation(db, a.id)).toBe(false);
    expect(await db.pages.count()).toBe(0);
    expect(await db.anchorStates.count()).toBe(0);
  });

  it("records anchoring only for annotations of that page", async () => {
    const db = freshDb();
    const a = await saveAnnotation(db, award("5"));
    await recordAnchoring(
      db,
      PAGE,
      [
        { annotationId: a.id, method: "fuzzy" },
        { annotationId: "urn:uuid:00000000-0000-4000-8000-999999999999", method: "position" },
      ],
      "2026-01-29T10:00:00+07:00",
    );
    expect(await db.anchorStates.toArray()).toEqual([
      {
        annotationId: a.id,
        pageUrl: CANONICAL,
        state: "anchored",
        method: "fuzzy",
        checkedAt: "2026-01-29T10:00:00+07:00",
      },
    ]);
  });

  it("returns default settings until saved, and validates what is saved", async () => {
    const db = freshDb();
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
    await saveSettings(db, { reviewer: "Nguyễn Thị Lan", language: "en", shownTags: ["award", "person"] });
    expect(await getSettings(db)).toEqual({
      reviewer: "Nguyễn Thị Lan",
      language: "en",
      shownTags: ["award", "person"],
      suggestions: true,
    });
    await expect(saveSettings(db, { reviewer: " ", language: "fr" })).rejects.toThrow(/settings: reviewer:/);
  });
});

describe("schema upgrade", () => {
  it("opens a version-1 database as version 2 and back-fills each page's site", async () => {
    const v1 = freshDb(1, "upgrade-test");
    await v1.open();
    expect(v1.verno).toBe(1);
    await v1.annotations.put(award("6"));
    await v1.table("pages").put({ url: CANONICAL, title: "t", firstAnnotated: "x", lastAnnotated: "y" });
    v1.close();
    const v2 = freshDb(2, "upgrade-test");
    await v2.open();
    expect(v2.verno).toBe(2);
    expect((await v2.pages.get(CANONICAL))?.site).toBe("kyson.phutho.gov.vn");
    expect(await annotationsForPage(v2, PAGE)).toHaveLength(1);
    expect(await v2.anchorStates.count()).toBe(0);
  });
});

describe("schema upgrade to version 3", () => {
  it("keeps every row of a version-2 database, adds empty records and page texts, fills status defaults", async () => {
    const v2 = freshDb(2, "upgrade-test-3");
    await v2.open();
    const { status: _s, provenance: _p, ...legacy } = award("7");
    await v2.table("annotations").put(legacy); // a row written before status/provenance had defaults
    await v2.settings.put({ key: "settings", value: { ...DEFAULT_SETTINGS, reviewer: "Lan" } });
    v2.close();
    const v3 = freshDb(undefined, "upgrade-test-3");
    await v3.open();
    expect(v3.verno).toBe(3);
    const [a] = await annotationsForPage(v3, PAGE);
    expect(a).toMatchObject({ id: award("7").id, status: "tagged", provenance: "human", value: 5 });
    expect((await getSettings(v3)).reviewer).toBe("Lan");
    expect(await v3.records.count()).toBe(0);
    expect(await v3.pageTexts.count()).toBe(0);
    expect(await v3.annotations.where("status").equals("tagged").count()).toBe(1);
  });
});
