import { describe, expect, it } from "vitest";
import { FACT_CSV_COLUMNS, FactCsvRow } from "../schema/index.ts";
import { csvLine, parseCsv, toFactsCsv } from "./csv.ts";
import { DEMO_URL, demoDocument } from "./test-fixtures.ts";

describe("CSV of facts (RFC 4180)", () => {
  const doc = demoDocument();
  const text = toFactsCsv([doc]);
  const rows = parseCsv(text);

  it("has a header and one row per span, CRLF-terminated", () => {
    expect(rows[0]).toEqual([...FACT_CSV_COLUMNS]);
    expect(rows).toHaveLength(6);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.split("\r\n")).toHaveLength(7);
  });

  it("carries url, date, province, tag, text, value, status and reviewer; text is the body slice", () => {
    const records = rows
      .slice(1)
      .map((r) => FactCsvRow.parse(Object.fromEntries(FACT_CSV_COLUMNS.map((c, i) => [c, r[i]]))));
    const metric = records.find((r) => r.tag === "metric")!;
    expect(metric).toMatchObject({
      article_url: DEMO_URL,
      publication_date: "2026-01-27",
      province: "Phú Thọ",
      text: "16,9 tỷ đồng",
      value: "16900000000",
      status: "corrected",
      provenance: "machine",
      reviewer: "Lan",
    });
    for (const r of records) expect(doc.text.slice(Number(r.start), Number(r.end))).toBe(r.text);
  });

  it("quotes commas, quotes and line breaks and reads them back", () => {
    const line = csvLine(['Giấy khen "xuất sắc"', "16,9", "a\nb", "plain"]);
    expect(line).toBe('"Giấy khen ""xuất sắc""","16,9","a\nb",plain\r\n');
    expect(parseCsv(line)).toEqual([['Giấy khen "xuất sắc"', "16,9", "a\nb", "plain"]]);
  });
});
