import { describe, expect, it } from "vitest";
import { annotationsToJsonl } from "../export/annotations-jsonl.ts";
import { demoAnnotations } from "../export/test-fixtures.ts";
import { toW3CAnnotation, toW3CAnnotations } from "../export/w3c.ts";
import { detectAnnotationFormat, parseAnnotationFile } from "./annotations.ts";

describe("parseAnnotationFile", () => {
  const as = demoAnnotations();

  it("recognizes the extension's JSONL, W3C documents and W3C lines", () => {
    expect(detectAnnotationFormat(annotationsToJsonl(as))).toBe("vnfacts-jsonl");
    expect(detectAnnotationFormat(JSON.stringify(toW3CAnnotations(as), null, 2))).toBe("w3c");
    expect(detectAnnotationFormat(JSON.stringify(toW3CAnnotation(as[0]!)))).toBe("w3c");
    expect(detectAnnotationFormat(as.map((a) => JSON.stringify(toW3CAnnotation(a))).join("\n"))).toBe(
      "w3c-jsonl",
    );
    expect(detectAnnotationFormat(JSON.stringify(as[0]))).toBe("vnfacts-jsonl");
  });

  it("reads every shape to the same annotations", () => {
    for (const text of [
      annotationsToJsonl(as),
      JSON.stringify(toW3CAnnotations(as), null, 2),
      as.map((a) => JSON.stringify(toW3CAnnotation(a))).join("\n"),
    ])
      expect(parseAnnotationFile(text, "x").annotations).toEqual(as);
  });

  it("names the file in the error", () => {
    const lines = annotationsToJsonl(as).split("\n");
    lines[1] = lines[1]!.replace(/"author":"[^"]*"/, '"author":""');
    expect(() => parseAnnotationFile(lines.join("\n"), "lan.jsonl")).toThrow(/^lan\.jsonl: line 2: author: /);
    const w3c = as.map((a) => toW3CAnnotation(a));
    (w3c[2] as { body: unknown }).body = [];
    expect(() => parseAnnotationFile(JSON.stringify(w3c), "minh.jsonld")).toThrow(
      /^minh\.jsonld: annotation 2: body: /,
    );
  });
});
