import "fake-indexeddb/auto";
import { anchorSelectors } from "@vnfacts/shared/anchor";
import { extractFacts } from "@vnfacts/shared/extract";
import { describe, expect, it } from "vitest";
import { DEMO_BODY, DEMO_URL, demoRecord } from "../../../shared/src/export/test-fixtures.ts";
import { testDatabases } from "../db/test-db.ts";
import { importRecordsJsonl } from "../records/import.ts";
import { suggestionsForPage } from "./for-page.ts";

const freshDb = testDatabases("for-page");
const now = new Date("2026-01-28T02:00:00Z");
// The page as a browser shows it: menu and title around the article, so record offsets do not match it.
const PAGE_TEXT = `Trang chủ Tin tức Văn bản\nPhường Kỳ Sơn phát động phong trào thi đua\n${DEMO_BODY}\nTin liên quan`;

describe("suggestionsForPage", () => {
  it("runs the extractor on the page's main text when no record was imported", async () => {
    const db = freshDb();
    const r = await suggestionsForPage(db, DEMO_URL, DEMO_BODY, { now, decided: [] });
    expect(r.source).toBe("extractor");
    expect(r.suggestions.find((s) => s.quote.exact === "Bằng khen cho 5 cá nhân")).toMatchObject({
      tag: "award",
      value: 5,
    });
    // Year-less "27/1" takes the year of today (2026 here).
    expect(r.suggestions.find((s) => s.tag === "date")?.value).toBe("2026-01-27");
  });

  it("uses an imported record's facts, which re-anchor on the page by quote, and leaves out decided ones", async () => {
    const db = freshDb();
    const record = demoRecord({ facts: extractFacts(DEMO_BODY, { publicationDate: "2026-01-27" }) });
    await importRecordsJsonl(db, `${JSON.stringify(record)}\n`, now.toISOString());
    const all = await suggestionsForPage(db, `${DEMO_URL}?utm_source=zalo`, "ignored", { now, decided: [] });
    expect(all.source).toBe("record");
    expect(all.suggestions).toHaveLength(record.facts.length);
    expect(all.suggestions[0]!.suggestionId).toBe(`${record.id}:0`);
    for (const s of all.suggestions) {
      const found = anchorSelectors(PAGE_TEXT, { quote: s.quote, position: s.position });
      expect(found && PAGE_TEXT.slice(found.start, found.end)).toBe(s.quote.exact);
    }
    const left = await suggestionsForPage(db, DEMO_URL, "ignored", {
      now,
      decided: [`${record.id}:0`, `${record.id}:2`],
    });
    expect(left.suggestions).toHaveLength(record.facts.length - 2);
    expect(left.suggestions.map((s) => s.suggestionId)).not.toContain(`${record.id}:2`);
  });
});
