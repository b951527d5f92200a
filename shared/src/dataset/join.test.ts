import { describe, expect, it } from "vitest";
import { annotate, DEMO_BODY, DEMO_URL, demoAnnotations, demoRecord } from "../export/test-fixtures.ts";
import { Annotation } from "../schema/index.ts";
import { buildDataset } from "./join.ts";

describe("buildDataset", () => {
  it("anchors annotations made on the same text by position, each span the body slice", () => {
    const r = buildDataset([demoRecord()], demoAnnotations());
    expect(r.anchored).toBe(5);
    expect(r.orphans).toEqual([]);
    expect(r.methods).toEqual({ position: 5, quote: 0, fuzzy: 0 });
    const [doc] = r.documents;
    for (const s of doc!.spans) expect(DEMO_BODY.slice(s.start, s.end)).toBe(s.text);
  });

  it("re-anchors by quote when the record gained text before the span, and fuzzily when the quote changed", () => {
    const changed = `Tin ảnh.\n\n${DEMO_BODY.replace("Bằng khen cho 5 cá nhân", "Bằng khen cho năm cá nhân")}`;
    const r = buildDataset([demoRecord({ body: changed })], demoAnnotations());
    expect(r.methods).toEqual({ position: 0, quote: 4, fuzzy: 1 });
    const award = r.documents[0]!.spans.find((s) => s.tag === "award" && s.status === "tagged")!;
    expect(award.text).toBe("Bằng khen cho năm cá nhân");
    for (const s of r.documents[0]!.spans) expect(changed.slice(s.start, s.end)).toBe(s.text);
  });

  it("joins by canonical URL (tracking parameters and fragment ignored)", () => {
    const a = annotate(DEMO_BODY, "Nguyễn Hữu Cường", "person", {
      url: `${DEMO_URL}?utm_source=facebook&fbclid=x#top`,
    });
    expect(buildDataset([demoRecord()], [a]).anchored).toBe(1);
  });

  it("reports orphans with their reason: no record, quote gone, ambiguous bare quote", () => {
    const other = annotate(DEMO_BODY, "Nguyễn Hữu Cường", "person", {
      url: "https://other.gov.vn/tin/1.htm",
    });
    const gone = annotate(DEMO_BODY, "tỷ lệ hộ nghèo giảm còn 1,54%", "metric");
    const bare = Annotation.parse({
      ...annotate(DEMO_BODY, "Kỳ Sơn", "locality"),
      target: { source: DEMO_URL, selector: [{ type: "TextQuoteSelector", exact: "Kỳ Sơn" }] },
    });
    const body = DEMO_BODY.replace(/; tỷ lệ hộ nghèo giảm còn 1,54%/, "");
    const r = buildDataset([demoRecord({ body })], [other, gone, bare]);
    expect(r.anchored).toBe(0);
    expect(r.documents).toEqual([]);
    expect(r.orphans.map((o) => o.reason)).toEqual(["no-record", "quote-not-found", "ambiguous-quote"]);
    expect(r.orphans[0]!.detail).toContain("https://other.gov.vn/tin/1.htm");
  });

  it("anchors a quote-only annotation from another tool when its quote is unique, and NFD quotes too", () => {
    const nfd = "Nguyễn Hữu Cường".normalize("NFD");
    const a = Annotation.parse({
      ...annotate(DEMO_BODY, "Nguyễn Hữu Cường", "person"),
      target: { source: DEMO_URL, selector: [{ type: "TextQuoteSelector", exact: nfd }] },
    });
    const r = buildDataset([demoRecord()], [a]);
    expect(r.methods.quote).toBe(1);
    expect(r.documents[0]!.spans[0]!.text).toBe("Nguyễn Hữu Cường");
  });

  it("keeps the latest edit of an annotation given twice", () => {
    const a = demoAnnotations()[0]!;
    const edited = { ...a, tag: "award_proposed" as const, modified: "2026-02-02T09:00:00+07:00" };
    const r = buildDataset([demoRecord()], [edited, a]);
    expect(r.duplicates).toBe(1);
    expect(r.documents[0]!.spans.map((s) => s.tag)).toEqual(["award_proposed"]);
  });
});
