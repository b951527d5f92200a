import type { JoinResult } from "../dataset/join.ts";
import { reanchoredAnnotations } from "../dataset/reanchored.ts";
import type { Annotation } from "../schema/index.ts";
import { toFactsCsv } from "./csv.ts";
import { documentsToIob2, iob2DatasetInfo } from "./iob2.ts";
import { spanDocumentsToJsonl } from "./jsonl-spans.ts";
import { labelStudioConfig, toLabelStudioJson } from "./label-studio.ts";
import { toW3CAnnotations } from "./w3c.ts";

/** The dataset formats, as `vnfacts dataset build --format` names them (`jsonl`: one span document a line). */
export const DATASET_FORMATS = ["jsonl", "iob2", "labelstudio", "csv", "w3c"] as const;
export type DatasetFormat = (typeof DATASET_FORMATS)[number];

/** What a dataset file holds; each caller names it its own way (a dataset folder, a browser download). */
export type DatasetPart =
  | "spans"
  | "iob2"
  | "iob2-info"
  | "labelstudio-tasks"
  | "labelstudio-config"
  | "csv"
  | "w3c";

export interface DatasetFile {
  part: DatasetPart;
  mime: string;
  content: string;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * The files of one dataset format from a dataset join, through the shared serializers: the one dispatch the
 * CLI's dataset folder and the extension's downloads both use. `notes` are one-line remarks for a report.
 * `annotations` are the join's input: `w3c` re-describes their selectors on the documents' text.
 */
export function datasetFiles(
  format: DatasetFormat,
  result: JoinResult,
  annotations: readonly Annotation[],
): { files: DatasetFile[]; notes: string[] } {
  const docs = result.documents;
  switch (format) {
    case "jsonl":
      return {
        files: [{ part: "spans", mime: "application/x-ndjson", content: spanDocumentsToJsonl(docs) }],
        notes: [],
      };
    case "iob2": {
      const r = documentsToIob2(docs);
      return {
        files: [
          { part: "iob2", mime: "application/x-ndjson", content: r.jsonl },
          { part: "iob2-info", mime: "application/json", content: json(iob2DatasetInfo()) },
        ],
        notes: [
          `${r.rows} rows; ${r.dropped} overlapping span(s) dropped (earliest start, then longest, wins)`,
        ],
      };
    }
    case "labelstudio":
      return {
        files: [
          { part: "labelstudio-tasks", mime: "application/json", content: toLabelStudioJson(docs) },
          { part: "labelstudio-config", mime: "application/xml", content: labelStudioConfig() },
        ],
        notes: [],
      };
    case "csv":
      return { files: [{ part: "csv", mime: "text/csv", content: toFactsCsv(docs) }], notes: [] };
    case "w3c": {
      const reanchored = reanchoredAnnotations(result, annotations);
      return {
        files: [
          {
            part: "w3c",
            mime: "application/ld+json",
            content: json(toW3CAnnotations(reanchored, { label: "vnfacts dataset" })),
          },
        ],
        notes: [],
      };
    }
  }
}
