import { parseAnnotationsJsonl } from "@vnfacts/shared/export";
import { describe, expect, it } from "vitest";
import { validateW3C } from "../../test/support/w3c.ts";
import { buildExport } from "./export-files.ts";
import { newAnnotation } from "./new-annotation.ts";

const a = newAnnotation({
  pageUrl: "https://kyson.phutho.gov.vn/tin-tuc/phat-dong?utm_source=fb",
  pageTitle: "Phường Kỳ Sơn phát động phong trào thi đua",
  quote: {
    type: "TextQuoteSelector",
    exact: "Bằng khen cho 5 cá nhân",
    prefix: "trao tặng ",
    suffix: " phường",
  },
  position: { type: "TextPositionSelector", start: 361, end: 384 },
  tag: "award",
  note: "Thủ tướng tặng",
  value: 5,
  author: "Lan",
  now: "2026-01-28T09:00:00+07:00",
  uuid: "00000000-0000-4000-8000-000000000001",
});
const now = new Date("2026-01-28T03:00:00Z");

describe("buildExport", () => {
  it("writes JSONL that parses back to the same annotations", () => {
    const file = buildExport([a], "jsonl", a.target.source, now);
    expect(file.filename).toBe("vnfacts-kyson.phutho.gov.vn-tin-tuc-phat-dong-20260128.jsonl");
    expect(file.content.trim().split("\n")).toHaveLength(1);
    expect(parseAnnotationsJsonl(file.content)).toEqual([a]);
  });

  it("writes a W3C AnnotationCollection whose annotations pass every must check", () => {
    const file = buildExport([a], "w3c", "all", now);
    expect(file.filename).toBe("vnfacts-all-20260128.jsonld");
    const json = JSON.parse(file.content);
    expect(json.type).toBe("AnnotationCollection");
    const item = json.first.items[0];
    expect(item.body).toEqual([
      { type: "TextualBody", purpose: "tagging", value: "award" },
      { type: "TextualBody", purpose: "describing", value: "Thủ tướng tặng", format: "text/plain" },
    ]);
    expect(item.target.source).toBe("https://kyson.phutho.gov.vn/tin-tuc/phat-dong");
    expect(validateW3C({ "@context": json["@context"], ...item }).failed).toEqual([]);
  });
});
