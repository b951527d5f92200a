import type { Annotation } from "@vnfacts/shared";
import { describe, expect, it } from "vitest";
import { newAnnotation } from "./new-annotation.ts";
import { countByTag, filterAnnotations, searchKey, sitesOf } from "./search.ts";

let n = 0;
function make(
  pageUrl: string,
  exact: string,
  tag: Annotation["tag"],
  now: string,
  note: string | null = null,
) {
  n += 1;
  return newAnnotation({
    pageUrl,
    pageTitle: "t",
    quote: { type: "TextQuoteSelector", exact },
    position: { type: "TextPositionSelector", start: 0, end: exact.length },
    tag,
    note,
    value: null,
    author: "Lan",
    now,
    uuid: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
  });
}

const list = [
  make(
    "https://kyson.phutho.gov.vn/a",
    "Bằng khen của Thủ tướng Chính phủ",
    "award",
    "2026-01-27T09:00:00+07:00",
  ),
  make(
    "https://kyson.phutho.gov.vn/b",
    "Nguyễn Hữu Cường",
    "person",
    "2026-01-28T09:00:00+07:00",
    "Chủ tịch UBND",
  ),
  make("https://baoninhbinh.org.vn/c", "Đại hội đại biểu lần thứ I", "congress", "2026-02-02T09:00:00+07:00"),
];

describe("filterAnnotations", () => {
  it("finds quotes and notes without diacritics or case", () => {
    expect(searchKey("Đại Hội")).toBe("dai hoi");
    expect(filterAnnotations(list, { text: "bang khen" }).map((a) => a.tag)).toEqual(["award"]);
    expect(filterAnnotations(list, { text: "chủ tịch" }).map((a) => a.tag)).toEqual(["person"]);
  });

  it("filters by tag, site and inclusive date range", () => {
    expect(filterAnnotations(list, { tag: "congress" })).toHaveLength(1);
    expect(filterAnnotations(list, { site: "kyson.phutho.gov.vn" }).map((a) => a.tag)).toEqual([
      "award",
      "person",
    ]);
    expect(filterAnnotations(list, { from: "2026-01-28", to: "2026-02-01" }).map((a) => a.tag)).toEqual([
      "person",
    ]);
    expect(filterAnnotations(list, {})).toHaveLength(3);
  });

  it("lists sites and counts tags", () => {
    expect(sitesOf(list)).toEqual(["baoninhbinh.org.vn", "kyson.phutho.gov.vn"]);
    expect(Object.fromEntries(countByTag(list))).toEqual({ award: 1, person: 1, congress: 1 });
  });
});
