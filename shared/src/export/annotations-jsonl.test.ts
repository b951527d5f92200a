import { describe, expect, it } from "vitest";
import { annotationsToJsonl, parseAnnotationsJsonl } from "./annotations-jsonl.ts";
import { demoAnnotations } from "./test-fixtures.ts";

describe("annotations JSONL", () => {
  it("writes one annotation per line and reads them back unchanged", () => {
    const as = demoAnnotations();
    const text = annotationsToJsonl(as);
    expect(text.split("\n")).toHaveLength(as.length + 1);
    expect(JSON.parse(text.split("\n")[2]!).tag).toBe("metric");
    expect(parseAnnotationsJsonl(text)).toEqual(as);
  });

  it("refuses the whole file with the line number and field of the first bad line", () => {
    const lines = annotationsToJsonl(demoAnnotations()).split("\n");
    const bad = JSON.parse(lines[3]!);
    bad.target.selector = [{ type: "TextPositionSelector", start: 5, end: 9 }];
    lines[3] = JSON.stringify(bad);
    expect(() => parseAnnotationsJsonl(lines.join("\n"))).toThrow(
      /^line 4: target\.selector: a TextQuoteSelector is required/,
    );
    lines[3] = "{not json";
    expect(() => parseAnnotationsJsonl(lines.join("\n"))).toThrow(/^line 4: \(root\): not JSON/);
  });

  it("skips blank lines but counts them", () => {
    const [a] = demoAnnotations();
    const text = `\n${JSON.stringify(a)}\n\n${JSON.stringify({ ...a, tag: "weather" })}\n`;
    expect(() => parseAnnotationsJsonl(text)).toThrow(/^line 4: tag: /);
  });
});
