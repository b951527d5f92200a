import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Annotation } from "@vnfacts/shared";
import { datasheet, type JoinResult, reanchoredAnnotations } from "@vnfacts/shared/dataset";
import {
  documentsToIob2,
  iob2DatasetInfo,
  labelStudioConfig,
  spanDocumentsToJsonl,
  toFactsCsv,
  toLabelStudioJson,
  toW3CAnnotations,
} from "@vnfacts/shared/export";

export const DATASET_FORMATS = ["jsonl", "iob2", "labelstudio", "csv", "w3c"] as const;
export type DatasetFormat = (typeof DATASET_FORMATS)[number];

/** The files of one format, by name; pure so the CLI test can check names without a disk. */
export function datasetFiles(
  format: DatasetFormat,
  result: JoinResult,
  annotations: readonly Annotation[],
): { files: Record<string, string>; notes: string[] } {
  switch (format) {
    case "jsonl":
      return { files: { "dataset.jsonl": spanDocumentsToJsonl(result.documents) }, notes: [] };
    case "iob2": {
      const r = documentsToIob2(result.documents);
      return {
        files: {
          "dataset.jsonl": r.jsonl,
          "dataset_info.json": `${JSON.stringify(iob2DatasetInfo(), null, 2)}\n`,
        },
        notes: [
          `${r.rows} rows; ${r.dropped} overlapping span(s) dropped (earliest start, then longest, wins)`,
        ],
      };
    }
    case "labelstudio":
      return {
        files: { "tasks.json": toLabelStudioJson(result.documents), "label_config.xml": labelStudioConfig() },
        notes: [],
      };
    case "csv":
      return { files: { "facts.csv": toFactsCsv(result.documents) }, notes: [] };
    case "w3c":
      return {
        files: {
          "annotations.jsonld": `${JSON.stringify(toW3CAnnotations(reanchoredAnnotations(result, annotations), { label: "vnfacts dataset" }), null, 2)}\n`,
        },
        notes: [],
      };
  }
}

function orphansJsonl(result: JoinResult): string {
  return result.orphans
    .map((o) => {
      const quote = o.annotation.target.selector.find((s) => s.type === "TextQuoteSelector");
      return `${JSON.stringify({ id: o.annotation.id, url: o.annotation.target.source, tag: o.annotation.tag, quote: quote?.type === "TextQuoteSelector" ? quote.exact : null, reason: o.reason, detail: o.detail })}\n`;
    })
    .join("");
}

export async function writeDataset(
  outDir: string,
  format: DatasetFormat,
  result: JoinResult,
  annotations: readonly Annotation[],
  meta: { recordsTotal: number; inputs: readonly string[]; generatedAt: string },
): Promise<{ written: string[]; notes: string[] }> {
  const { files, notes } = datasetFiles(format, result, annotations);
  files["datasheet.md"] = datasheet(result, { format, ...meta });
  files["orphans.jsonl"] = orphansJsonl(result);
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const [name, content] of Object.entries(files)) {
    const path = join(outDir, name);
    await writeFile(path, content, "utf8");
    written.push(path);
  }
  return { written, notes };
}
