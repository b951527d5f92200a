import { describe, expect, it } from "vitest";
import { SpanDocument } from "../schema/index.ts";
import { spanDocumentsToJsonl } from "./jsonl-spans.ts";
import { DEMO_BODY, demoDocument } from "./test-fixtures.ts";

describe("span JSONL (doccano / spaCy)", () => {
  const lines = spanDocumentsToJsonl([demoDocument(), demoDocument()]).trimEnd().split("\n");
  const doc = JSON.parse(lines[0]!);

  it("writes one document per line in the documented shape", () => {
    expect(lines).toHaveLength(2);
    expect(SpanDocument.parse(doc).text).toBe(DEMO_BODY);
    expect(Object.keys(doc.spans[0]).sort()).toEqual(["end", "label", "start", "status", "text", "value"]);
  });

  it("gives every span the exact slice of the NFC text", () => {
    expect(doc.spans).toHaveLength(5);
    for (const s of doc.spans) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
    expect(doc.text.normalize("NFC")).toBe(doc.text);
    expect(doc.spans.map((s: { text: string }) => s.text)).toEqual([
      "Nguyễn Hữu Cường",
      "Bằng khen cho 5 cá nhân",
      "phường Kỳ Sơn",
      "16,9 tỷ đồng",
      "Giấy khen cho 16 tập thể",
    ]);
  });

  it("adds doccano's `label` triples for every span that is not rejected", () => {
    expect(doc.label).toHaveLength(4);
    for (const [start, end, label] of doc.label) {
      expect(typeof label).toBe("string");
      expect(doc.spans.some((s: { start: number; end: number }) => s.start === start && s.end === end)).toBe(
        true,
      );
    }
    const rejected = doc.spans.find((s: { status: string }) => s.status === "rejected");
    expect(doc.label.some(([start]: [number]) => start === rejected.start)).toBe(false);
  });
});
