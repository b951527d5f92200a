import { describe, expect, it } from "vitest";
import { validateW3C, w3cMustCheckCount, w3cSamples } from "../../../test/support/w3c.ts";
import { W3CAnnotationOut } from "../schema/index.ts";
import { DEMO_BODY, DEMO_URL, demoAnnotations } from "./test-fixtures.ts";
import { fromW3C, toW3CAnnotation, toW3CAnnotations } from "./w3c.ts";

describe("the W3C must-check harness", () => {
  it("compiles all 54 checks of annotationMusts.test", () => {
    expect(w3cMustCheckCount()).toBe(54);
  });

  it("passes every correct sample annotation, except the three the suite's own schemas miss", () => {
    const failing = w3cSamples("correct")
      .filter((s) => /^anno/.test(s.name))
      .filter((s) => validateW3C(s.json).failed.length > 0)
      .map((s) => s.name);
    // anno11–13 use Composite / List / Independents targets, which the schemas at commit adedd9a do not know.
    expect(failing.sort()).toEqual(["anno11.json", "anno12.json", "anno13.json"]);
  });

  it("fails every incorrect sample on at least one check", () => {
    const samples = w3cSamples("incorrect");
    expect(samples.length).toBe(39);
    for (const s of samples) expect(validateW3C(s.json).failed.length, s.name).toBeGreaterThan(0);
  });
});

describe("toW3CAnnotation", () => {
  const [award, person] = demoAnnotations();

  it("passes every W3C must check", () => {
    for (const a of demoAnnotations()) {
      const result = validateW3C(toW3CAnnotation(a));
      expect(result.failed).toEqual([]);
      expect(result.passed.length).toBe(54);
    }
  });

  it("writes the tag in a tagging body, the note in a describing body and the extras under vnfacts:meta", () => {
    const w = toW3CAnnotation(award!, { pageTitle: "Kỳ Sơn" });
    expect(W3CAnnotationOut.parse(w)).toEqual(w);
    expect(w["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
    expect(w.motivation).toBe("tagging");
    expect(w.body).toEqual([
      { type: "TextualBody", purpose: "tagging", value: "award" },
      { type: "TextualBody", purpose: "describing", value: "Thủ tướng tặng", format: "text/plain" },
    ]);
    expect(w.creator).toEqual({ type: "Person", name: "Lan" });
    expect(w.target.source).toBe(DEMO_URL);
    expect(w.target.selector[0]).toMatchObject({
      type: "TextQuoteSelector",
      exact: "Bằng khen cho 5 cá nhân",
    });
    const position = w.target.selector[1] as { start: number; end: number };
    expect(DEMO_BODY.slice(position.start, position.end)).toBe("Bằng khen cho 5 cá nhân");
    expect(w["vnfacts:meta"]).toEqual({
      status: "tagged",
      provenance: "human",
      value: 5,
      pageTitle: "Kỳ Sơn",
    });
  });

  it("omits the describing body when there is no note", () => {
    expect(toW3CAnnotation(person!).body).toEqual([
      { type: "TextualBody", purpose: "tagging", value: "person" },
    ]);
  });
});

describe("toW3CAnnotations", () => {
  it("embeds every annotation in the collection's first page, each passing the musts with the context", () => {
    const c = toW3CAnnotations(demoAnnotations(), { id: "urn:uuid:11111111-2222-4333-8444-555555555555" });
    expect(c.type).toBe("AnnotationCollection");
    expect(c.total).toBe(5);
    expect(c.first.items).toHaveLength(5);
    for (const item of c.first.items)
      expect(validateW3C({ "@context": c["@context"], ...item }).failed).toEqual([]);
  });
});

describe("fromW3C", () => {
  it("round-trips our own single, array and collection exports", () => {
    const as = demoAnnotations();
    expect(fromW3C(toW3CAnnotation(as[0]!))).toEqual([as[0]]);
    expect(fromW3C(as.map((a) => toW3CAnnotation(a)))).toEqual(as);
    expect(fromW3C(JSON.parse(JSON.stringify(toW3CAnnotations(as))))).toEqual(as);
  });

  it("reads another tool's quote-only annotation with a tag by label, a foreign id and a tracked URL", () => {
    const [a] = fromW3C({
      "@context": "http://www.w3.org/ns/anno.jsonld",
      id: "https://hypothes.is/a/Zx81",
      type: "Annotation",
      motivation: "tagging",
      body: { type: "TextualBody", value: "Award" },
      creator: "acct:minh@hypothes.is",
      created: "2026-02-03T10:00:00Z",
      target: {
        source: `${DEMO_URL}?utm_source=zalo#top`,
        selector: [
          { type: "RangeSelector", startSelector: { type: "XPathSelector", value: "/p[2]" } },
          { type: "TextQuoteSelector", exact: "Bằng khen cho 5 cá nhân" },
        ],
      },
    });
    expect(a!.tag).toBe("award");
    expect(a!.target.source).toBe(DEMO_URL);
    expect(a!.target.selector).toEqual([{ type: "TextQuoteSelector", exact: "Bằng khen cho 5 cá nhân" }]);
    expect(a!.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(fromW3C({ ...JSON.parse(JSON.stringify(toW3CAnnotation(a!))) })[0]!.id).toBe(a!.id);
    expect(a!.author).toBe("acct:minh@hypothes.is");
    expect(a!.modified).toBe("2026-02-03T10:00:00Z");
    expect(a!.status).toBe("tagged");
  });

  it("refuses the whole document, naming the index and field of the first bad annotation", () => {
    const good = toW3CAnnotation(demoAnnotations()[0]!);
    const noQuote = {
      ...good,
      target: { source: DEMO_URL, selector: [{ type: "TextPositionSelector", start: 1, end: 4 }] },
    };
    expect(() => fromW3C([good, noQuote])).toThrow(
      /^annotation 1: target\.selector: no target with a TextQuoteSelector/,
    );
    const badTag = { ...good, body: [{ type: "TextualBody", purpose: "tagging", value: "weather" }] };
    expect(() => fromW3C([good, good, badTag])).toThrow(/^annotation 2: tag: /);
    const noTag = { ...good, motivation: "commenting", body: [{ type: "TextualBody", value: "hay" }] };
    expect(() => fromW3C([noTag])).toThrow(/^annotation 0: body: no TextualBody with purpose tagging/);
    expect(() => fromW3C({ ...good, type: "Note" })).toThrow(
      /^annotation 0: type: must be or include Annotation/,
    );
    expect(() => fromW3C({ type: "AnnotationCollection", first: "https://example.org/page1" })).toThrow(
      /^first: /,
    );
  });
});
