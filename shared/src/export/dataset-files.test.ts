import { describe, expect, it } from "vitest";
import { buildDataset } from "../dataset/join.ts";
import { DATASET_FORMATS, datasetFiles } from "./dataset-files.ts";
import { spanDocumentsToJsonl } from "./jsonl-spans.ts";
import { demoAnnotations, demoRecord } from "./test-fixtures.ts";

describe("datasetFiles", () => {
  const annotations = demoAnnotations();
  const result = buildDataset([demoRecord()], annotations);

  it("gives every format its parts and media types", () => {
    const parts = Object.fromEntries(
      DATASET_FORMATS.map((f) => [
        f,
        datasetFiles(f, result, annotations).files.map((file) => `${file.part} ${file.mime}`),
      ]),
    );
    expect(parts).toEqual({
      jsonl: ["spans application/x-ndjson"],
      iob2: ["iob2 application/x-ndjson", "iob2-info application/json"],
      labelstudio: ["labelstudio-tasks application/json", "labelstudio-config application/xml"],
      csv: ["csv text/csv"],
      w3c: ["w3c application/ld+json"],
    });
  });

  it("writes the span JSONL of the joined documents", () => {
    const [file] = datasetFiles("jsonl", result, annotations).files;
    expect(file?.content).toBe(spanDocumentsToJsonl(result.documents));
    expect(file?.content.trim().split("\n")).toHaveLength(1);
  });
});
