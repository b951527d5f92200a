// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { extractFacts } from "@vnfacts/shared/extract";
import { describe, expect, it } from "vitest";
import { HIGHLIGHT_TAG, SUGGESTION_TAG } from "../dom/highlighter.ts";
import { mainTextOf } from "../dom/main-text.ts";
import { buildTextIndex } from "../dom/text-index.ts";
import { SuggestionLayer } from "./layer.ts";
import { suggestionsFromFacts } from "./suggestion.ts";

const html = readFileSync(fileURLToPath(import.meta.resolve("../dom/fixtures/ky-son-article.html")), "utf8");
const URL_ = "https://kyson.phutho.gov.vn/tin-tuc/phat-dong-thi-dua-2026";

function pageSuggestions(doc: Document) {
  const index = buildTextIndex(doc.body);
  const main = mainTextOf(doc, index);
  return suggestionsFromFacts(extractFacts(main.text, { publicationDate: "2026-01-27" }), main.text, {
    pageUrl: URL_,
  }).map((s) => ({
    ...s,
    position: { ...s.position, start: s.position.start + main.start, end: s.position.end + main.start },
  }));
}

describe("SuggestionLayer", () => {
  it("draws the extractor's facts dashed in their own elements, leaving the page's text unchanged", () => {
    const doc = new DOMParser().parseFromString(html, "text/html");
    const before = buildTextIndex(doc.body).text;
    const layer = new SuggestionLayer(doc.body);
    const list = pageSuggestions(doc);
    layer.set(list);
    layer.redraw([]);
    const shown = layer.shown();
    expect(shown.length).toBe(list.length);
    const metric = shown.find((p) => p.suggestion.quote.exact.includes("16,9 tỷ đồng"))!;
    expect(before.slice(metric.start, metric.end)).toBe(metric.suggestion.quote.exact);
    const els = [...doc.querySelectorAll(SUGGESTION_TAG)];
    expect(els.length).toBeGreaterThanOrEqual(shown.length);
    expect(els[0]!.getAttribute("style")).toContain("dashed");
    expect(doc.querySelectorAll(HIGHLIGHT_TAG)).toHaveLength(0);
    expect(buildTextIndex(doc.body).text).toBe(before);
  });

  it("does not draw a suggestion over a reviewer's highlight, and forgets decided ones", () => {
    const doc = new DOMParser().parseFromString(html, "text/html");
    const layer = new SuggestionLayer(doc.body);
    const list = pageSuggestions(doc);
    layer.set(list);
    layer.redraw([]);
    const [first, second] = layer.shown();
    layer.redraw([{ start: first!.start, end: first!.start + 1 }]);
    expect(layer.get(first!.suggestion.suggestionId)).toBeUndefined();
    expect(layer.shown()).toHaveLength(list.length - 1);
    layer.drop([second!.suggestion.suggestionId]);
    layer.redraw([]);
    expect(layer.shown().map((p) => p.suggestion.suggestionId)).not.toContain(
      second!.suggestion.suggestionId,
    );
    expect(layer.shown()).toHaveLength(list.length - 1);
  });
});
