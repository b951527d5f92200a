import "fake-indexeddb/auto";
import { extractFacts } from "@vnfacts/shared/extract";
import { describe, expect, it } from "vitest";
import { DEMO_BODY, DEMO_URL } from "../../../shared/src/export/test-fixtures.ts";
import { annotationsForPage, saveDecisions, updateAnnotation } from "../db/repository.ts";
import { testDatabases } from "../db/test-db.ts";
import { decideSuggestion } from "./decide.ts";
import { type Suggestion, suggestionsFromFacts } from "./suggestion.ts";

const suggestions = suggestionsFromFacts(
  extractFacts(DEMO_BODY, { publicationDate: "2026-01-27" }),
  DEMO_BODY,
  {
    pageUrl: DEMO_URL,
  },
);
const find = (exact: string) => {
  const s = suggestions.find((x) => x.quote.exact === exact);
  if (!s)
    throw new Error(`no suggestion quoting "${exact}": ${suggestions.map((x) => x.quote.exact).join(" | ")}`);
  return s;
};
const ctx = (s: Suggestion, uuidTail = "1") => ({
  pageUrl: `${DEMO_URL}?utm_source=zalo`,
  pageTitle: "Phường Kỳ Sơn phát động phong trào thi đua",
  author: "Lan",
  now: "2026-01-28T09:00:00+07:00",
  position: s.position,
  uuid: `00000000-0000-4000-8000-${uuidTail.padStart(12, "0")}`,
});

describe("decideSuggestion", () => {
  it("accept: the machine's tag and value, status accepted, provenance machine, suggestionId kept", () => {
    const award = find("Bằng khen cho 5 cá nhân");
    const a = decideSuggestion(award, { kind: "accept" }, ctx(award));
    expect(a).toMatchObject({
      tag: "award",
      value: 5,
      note: null,
      status: "accepted",
      provenance: "machine",
      suggestionId: award.suggestionId,
      author: "Lan",
    });
    expect(a.target.source).toBe(DEMO_URL);
    expect(a.target.selector).toEqual([award.quote, award.position]);
  });

  it("reject: kept with the machine's tag and value as rejected", () => {
    const metric = suggestions.find((x) => x.tag === "metric" && x.quote.exact.includes("16,9 tỷ đồng"))!;
    expect(metric.value).toBe(16_900_000_000);
    expect(decideSuggestion(metric, { kind: "reject" }, ctx(metric))).toMatchObject({
      tag: "metric",
      value: 16_900_000_000,
      status: "rejected",
      provenance: "machine",
    });
  });

  it("correct: a changed tag, value or note is corrected; the same tag and value is an acceptance", () => {
    const date = suggestions.find((x) => x.tag === "date")!;
    expect(date.value).toBe("2026-01-27");
    const same = { kind: "correct", tag: "date", value: "2026-01-27", note: null } as const;
    expect(decideSuggestion(date, same, ctx(date)).status).toBe("accepted");
    const fixed = decideSuggestion(date, { ...same, value: "2026-01-26", note: " họp chiều " }, ctx(date));
    expect(fixed).toMatchObject({
      status: "corrected",
      value: "2026-01-26",
      note: "họp chiều",
      provenance: "machine",
    });
    const retagged = decideSuggestion(date, { ...same, tag: "metric" }, ctx(date));
    expect(retagged).toMatchObject({ status: "corrected", tag: "metric" });
  });
});

const freshDb = testDatabases("decide");

describe("stored decisions", () => {
  const page = { url: DEMO_URL, title: "Phường Kỳ Sơn" };
  const who = { author: "Lan", now: "2026-01-28T09:00:00+07:00" };

  it("accepts all suggestions of a tag at once", async () => {
    const db = freshDb();
    const metrics = suggestions.filter((s) => s.tag === "metric");
    expect(metrics.length).toBeGreaterThan(1);
    await saveDecisions(
      db,
      page,
      metrics.map((s) => ({ suggestion: s, decision: { kind: "accept" }, position: s.position })),
      who,
    );
    const stored = await annotationsForPage(db, DEMO_URL);
    expect(stored).toHaveLength(metrics.length);
    expect(new Set(stored.map((a) => `${a.tag}/${a.status}/${a.provenance}`))).toEqual(
      new Set(["metric/accepted/machine"]),
    );
    expect(new Set(stored.map((a) => a.suggestionId))).toEqual(new Set(metrics.map((s) => s.suggestionId)));
  });

  it("a second verdict on the same suggestion replaces the first (same annotation id)", async () => {
    const db = freshDb();
    const award = find("Bằng khen cho 5 cá nhân");
    const [first] = await saveDecisions(
      db,
      page,
      [{ suggestion: award, decision: { kind: "accept" }, position: award.position }],
      who,
    );
    const [second] = await saveDecisions(
      db,
      page,
      [{ suggestion: award, decision: { kind: "reject" }, position: award.position }],
      { ...who, now: "2026-01-28T10:00:00+07:00" },
    );
    expect(second!.id).toBe(first!.id);
    expect(second!.created).toBe(first!.created);
    expect((await annotationsForPage(db, DEMO_URL)).map((a) => a.status)).toEqual(["rejected"]);
  });

  it("editing an accepted suggestion's value turns it into corrected; a reviewer's own tag stays tagged", async () => {
    const db = freshDb();
    const award = find("Bằng khen cho 5 cá nhân");
    const [a] = await saveDecisions(
      db,
      page,
      [{ suggestion: award, decision: { kind: "accept" }, position: award.position }],
      who,
    );
    const unchanged = await updateAnnotation(db, a!.id, { value: 5 }, "2026-01-28T09:05:00+07:00");
    expect(unchanged.status).toBe("accepted");
    const edited = await updateAnnotation(db, a!.id, { value: 6 }, "2026-01-28T09:06:00+07:00");
    expect(edited).toMatchObject({ status: "corrected", value: 6, provenance: "machine" });
  });
});
