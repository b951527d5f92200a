import { describe, expect, it } from "vitest";
import { demoRecord } from "../export/test-fixtures.ts";
import { parseRecordsJsonl } from "./records.ts";

describe("parseRecordsJsonl", () => {
  it("reads records.jsonl", () => {
    const text = `${JSON.stringify(demoRecord())}\n${JSON.stringify(demoRecord({ url: "https://x.gov.vn/b.htm" }))}\n`;
    const records = parseRecordsJsonl(text);
    expect(records.map((r) => r.url)).toEqual([demoRecord().url, "https://x.gov.vn/b.htm"]);
  });

  it("refuses the whole file with the line number and the field", () => {
    const bad = {
      ...demoRecord(),
      publicationDate: { value: "27/01/2026", precision: "day", raw: "x", origin: "page" },
    };
    const text = [demoRecord(), demoRecord(), bad].map((r) => JSON.stringify(r)).join("\n");
    expect(() => parseRecordsJsonl(text)).toThrow(/^line 3: publicationDate\.value: /);
  });
});
