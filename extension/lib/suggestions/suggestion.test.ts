import type { Fact } from "@vnfacts/shared";
import { extractFacts } from "@vnfacts/shared/extract";
import { describe, expect, it } from "vitest";
import { DEMO_BODY, DEMO_URL, demoRecord } from "../../../shared/src/export/test-fixtures.ts";
import { factValue, suggestionsFromFacts } from "./suggestion.ts";

const facts = extractFacts(DEMO_BODY, { publicationDate: "2026-01-27" });

describe("suggestionsFromFacts", () => {
  it("quotes each fact with its context and offsets, tags it and carries its normalized value", () => {
    const list = suggestionsFromFacts(facts, DEMO_BODY, { pageUrl: DEMO_URL });
    expect(list.length).toBe(facts.length);
    for (const s of list) {
      expect(DEMO_BODY.slice(s.position.start, s.position.end)).toBe(s.quote.exact);
      expect(s.source).toBe("extractor");
      expect(s.suggestionId).toMatch(/^x:[0-9a-f]{20}$/);
    }
    const award = list.find((s) => s.quote.exact === "Bằng khen cho 5 cá nhân");
    expect(award).toMatchObject({ tag: "award", value: 5 });
    expect(award?.quote.prefix).toBe(DEMO_BODY.slice(award!.position.start - 32, award!.position.start));
    expect(list.find((s) => s.tag === "date")?.value).toBe("2026-01-27");
  });

  it("gives the same ids on the next visit, and record ids for an imported record's facts", () => {
    const again = suggestionsFromFacts(facts, DEMO_BODY, { pageUrl: DEMO_URL });
    expect(again.map((s) => s.suggestionId)).toEqual(
      suggestionsFromFacts(facts, DEMO_BODY, { pageUrl: DEMO_URL }).map((s) => s.suggestionId),
    );
    expect(new Set(again.map((s) => s.suggestionId)).size).toBe(again.length);
    const record = demoRecord({ facts });
    const fromRecord = suggestionsFromFacts(record.facts, record.body, {
      pageUrl: DEMO_URL,
      recordId: record.id,
    });
    expect(fromRecord[0]).toMatchObject({ suggestionId: `${record.id}:0`, source: "record" });
  });

  it("skips a fact that does not quote the text", () => {
    const bad: Fact = { ...facts[0]!, text: "không có trong bài" };
    expect(suggestionsFromFacts([bad, facts[1]!], DEMO_BODY, { pageUrl: DEMO_URL })).toHaveLength(1);
  });

  it("normalizes values per fact type", () => {
    const metric = facts.find((f) => f.type === "metric" && f.text.includes("1,54%"));
    expect(metric && factValue(metric)).toBe(1.54);
  });
});
