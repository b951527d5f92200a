import { buildDataset } from "@vnfacts/shared/dataset";
import { DATASET_FORMATS } from "@vnfacts/shared/export";
import { describe, expect, it } from "vitest";
import { demoAnnotations, demoRecord } from "../../../shared/src/export/test-fixtures.ts";
import { datasetFolderFiles } from "./write.ts";

describe("datasetFolderFiles", () => {
  const annotations = demoAnnotations();
  const result = buildDataset([demoRecord()], annotations);

  it("names the files of every format", () => {
    const names = Object.fromEntries(
      DATASET_FORMATS.map((f) => [f, Object.keys(datasetFolderFiles(f, result, annotations).files).sort()]),
    );
    expect(names).toEqual({
      jsonl: ["dataset.jsonl"],
      iob2: ["dataset.jsonl", "dataset_info.json"],
      labelstudio: ["label_config.xml", "tasks.json"],
      csv: ["facts.csv"],
      w3c: ["annotations.jsonld"],
    });
  });

  it("reports IOB2 rows and dropped overlaps", () => {
    expect(datasetFolderFiles("iob2", result, annotations).notes).toEqual([
      "4 rows; 0 overlapping span(s) dropped (earliest start, then longest, wins)",
    ]);
  });

  it("writes the W3C export with selectors re-described on the record body", () => {
    const w3c = JSON.parse(datasetFolderFiles("w3c", result, annotations).files["annotations.jsonld"]!);
    expect(w3c.total).toBe(5);
    const body = demoRecord().body;
    for (const item of w3c.first.items) {
      const [quote, position] = item.target.selector;
      expect(body.slice(position.start, position.end)).toBe(quote.exact);
      expect(body.slice(Math.max(0, position.start - 32), position.start)).toBe(quote.prefix ?? "");
    }
  });
});
