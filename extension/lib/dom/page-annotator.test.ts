// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Annotation, TagId } from "@vnfacts/shared";
import { describeTextRange } from "@vnfacts/shared/anchor";
import { describe, expect, it } from "vitest";
import { newAnnotation } from "../new-annotation.ts";
import { HIGHLIGHT_TAG } from "./highlighter.ts";
import { PageAnnotator } from "./page-annotator.ts";
import { buildTextIndex, offsetsOfRange, rangeOfOffsets, trimOffsets } from "./text-index.ts";

const html = readFileSync(fileURLToPath(import.meta.resolve("./fixtures/ky-son-article.html")), "utf8");
const URL_ = "https://kyson.phutho.gov.vn/tin-tuc/phat-dong-thi-dua-2026";
const load = (source = html) => new DOMParser().parseFromString(source, "text/html");

let counter = 0;
function annotate(doc: Document, quote: string, tag: TagId, note: string | null = null): Annotation {
  const { text } = buildTextIndex(doc.body);
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`not on the page: ${quote}`);
  const d = describeTextRange(text, start, start + quote.length);
  counter += 1;
  return newAnnotation({
    pageUrl: URL_,
    pageTitle: doc.title,
    quote: d.quote,
    position: d.position,
    tag,
    note,
    value: null,
    author: "Lan",
    now: "2026-01-28T09:00:00+07:00",
    uuid: `00000000-0000-4000-8000-${String(counter).padStart(12, "0")}`,
  });
}
const highlightedText = (doc: Document, annotator: PageAnnotator, id: string) =>
  [...doc.querySelectorAll(HIGHLIGHT_TAG)]
    .filter((el) => annotator.highlighter.idAt(el) === id)
    .map((el) => el.textContent)
    .join("");

const AWARD = "Bằng khen của Thủ tướng Chính phủ";
const METRIC = "thu ngân sách Nhà nước đạt trên 16,9 tỷ đồng";
// Inside the figure caption's <em>.
const PERSON = "Chủ tịch UBND phường Kỳ Sơn Nguyễn Hữu Cường";

describe("text index", () => {
  it("holds the page's text without scripts and styles, and maps offsets to ranges and back", () => {
    const doc = load();
    const index = buildTextIndex(doc.body);
    expect(index.text).toContain(METRIC);
    expect(index.text).not.toContain("portalReady");
    const start = index.text.indexOf(METRIC);
    const range = rangeOfOffsets(index, start, start + METRIC.length);
    expect(range.toString()).toBe(METRIC);
    expect(offsetsOfRange(index, range)).toEqual({ start, end: start + METRIC.length });
  });

  it("maps a selection made of element boundaries (a triple-click on a paragraph) and trims it", () => {
    const doc = load();
    const index = buildTextIndex(doc.body);
    const p = [...doc.querySelectorAll("p")].find((el) => el.textContent?.includes(METRIC))!;
    const range = doc.createRange();
    range.selectNodeContents(p);
    range.setEnd(p.nextElementSibling!, 0);
    const offsets = offsetsOfRange(index, range)!;
    const trimmed = trimOffsets(index.text, offsets.start, offsets.end)!;
    expect(index.text.slice(trimmed.start, trimmed.end)).toBe(p.textContent);
  });
});

describe("PageAnnotator on a saved portal article", () => {
  it("draws highlights that cover exactly the quotes, without changing the page's text", () => {
    const doc = load();
    const before = buildTextIndex(doc.body).text;
    const list = [
      annotate(doc, AWARD, "award"),
      annotate(doc, METRIC, "metric"),
      annotate(doc, PERSON, "person"),
    ];
    const annotator = new PageAnnotator(doc.body);
    annotator.sync(list);
    for (const [a, quote] of [
      [list[0]!, AWARD],
      [list[1]!, METRIC],
      [list[2]!, PERSON],
    ] as const) {
      expect(annotator.outcome(a.id)?.method).toBe("position");
      expect(highlightedText(doc, annotator, a.id)).toBe(quote);
    }
    expect(buildTextIndex(doc.body).text).toBe(before);
    expect(annotator.orphans()).toEqual([]);
  });

  it("highlights a quote that runs from one paragraph into the next", () => {
    const doc = load();
    const { text } = buildTextIndex(doc.body);
    const start = text.indexOf("1,54%");
    const end = text.indexOf("Lãnh đạo phường") + "Lãnh đạo phường".length;
    const quote = text.slice(start, end);
    expect(quote).toMatch(/^1,54%\. Công tác .*\n\s+Lãnh đạo phường$/s);
    const a = annotate(doc, quote, "metric");
    const annotator = new PageAnnotator(doc.body);
    annotator.sync([a]);
    expect(highlightedText(doc, annotator, a.id)).toBe(quote);
    expect(doc.querySelectorAll("p vnfacts-hl").length).toBe(2);
  });

  it("draws overlapping highlights and removes one without disturbing the other", () => {
    const doc = load();
    const outer = annotate(doc, "Bằng khen của Thủ tướng Chính phủ vì có thành tích", "award");
    const inner = annotate(doc, "Thủ tướng Chính phủ", "position");
    const annotator = new PageAnnotator(doc.body);
    annotator.sync([outer, inner]);
    expect(highlightedText(doc, annotator, inner.id)).toBe("Thủ tướng Chính phủ");
    expect(highlightedText(doc, annotator, outer.id)).toBe(
      "Bằng khen của Thủ tướng Chính phủ vì có thành tích",
    );
    annotator.sync([inner]);
    expect(highlightedText(doc, annotator, outer.id)).toBe("");
    expect(highlightedText(doc, annotator, inner.id)).toBe("Thủ tướng Chính phủ");
  });

  it("re-anchors on a changed page: by quote after inserted text, fuzzily after an edit inside the quote", () => {
    const list = [annotate(load(), AWARD, "award"), annotate(load(), METRIC, "metric")];
    const changed = html
      .replace(
        '<div class="content">',
        '<div class="content">\n        <p>Cập nhật lúc 10:15: bổ sung ảnh.</p>',
      )
      .replace("đạt trên 16,9 tỷ đồng", "đạt hơn 16,9 tỷ đồng");
    const doc = load(changed);
    const annotator = new PageAnnotator(doc.body);
    annotator.sync(list);
    expect(annotator.outcome(list[0]!.id)?.method).toBe("quote");
    expect(highlightedText(doc, annotator, list[0]!.id)).toBe(AWARD);
    expect(annotator.outcome(list[1]!.id)?.method).toBe("fuzzy");
    expect(highlightedText(doc, annotator, list[1]!.id)).toBe("thu ngân sách Nhà nước đạt hơn 16,9 tỷ đồng");
  });

  it("lists an annotation whose paragraph is gone as an orphan, and anchors it when the content arrives late", () => {
    const a = annotate(load(), METRIC, "metric");
    const doc = load();
    const p = [...doc.querySelectorAll("p")].find((el) => el.textContent?.includes(METRIC))!;
    const parent = p.parentNode!;
    const next = p.nextSibling;
    p.remove();
    const annotator = new PageAnnotator(doc.body);
    annotator.sync([a]);
    expect(annotator.orphans().map((o) => o.id)).toEqual([a.id]);
    expect(annotator.report()).toEqual([{ annotationId: a.id, method: null }]);
    parent.insertBefore(p, next); // what a page that loads its body by script does
    expect(annotator.retry()).toBe(true);
    expect(annotator.orphans()).toEqual([]);
    expect(highlightedText(doc, annotator, a.id)).toBe(METRIC);
  });

  it("re-draws a highlight the page re-rendered away", () => {
    const a = annotate(load(), AWARD, "award");
    const doc = load();
    const annotator = new PageAnnotator(doc.body);
    annotator.sync([a]);
    const p = [...doc.querySelectorAll("p")].find((el) => el.textContent?.includes(AWARD))!;
    p.innerHTML = p.textContent ?? ""; // a framework replacing the paragraph's nodes
    expect(annotator.highlighter.isAttached(a.id)).toBe(false);
    annotator.retry();
    expect(highlightedText(doc, annotator, a.id)).toBe(AWARD);
  });

  it("puts no annotation data into the page's DOM", () => {
    const doc = load();
    const a = annotate(doc, AWARD, "award", "ghi chú riêng của người duyệt");
    const annotator = new PageAnnotator(doc.body);
    annotator.sync([a]);
    const markup = doc.documentElement.outerHTML;
    expect(doc.querySelectorAll(HIGHLIGHT_TAG).length).toBeGreaterThan(0);
    for (const secret of [a.id, "ghi chú riêng", 'award"', "Lan"]) expect(markup).not.toContain(secret);
    for (const el of doc.querySelectorAll(HIGHLIGHT_TAG)) expect(el.getAttributeNames()).toEqual(["style"]);
  });

  it("recolours a re-tagged highlight in place", () => {
    const doc = load();
    const a = annotate(doc, AWARD, "award");
    const annotator = new PageAnnotator(doc.body);
    annotator.sync([a]);
    const el = doc.querySelector(HIGHLIGHT_TAG)!;
    annotator.sync([{ ...a, tag: "award_proposed" }]);
    expect(doc.querySelector(HIGHLIGHT_TAG)).toBe(el);
    expect(el.getAttribute("style")).toContain("#fbc02d");
  });
});
