import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Annotation } from "@vnfacts/shared";
import { datasheet, type JoinResult } from "@vnfacts/shared/dataset";
import { type DatasetFormat, type DatasetPart, datasetFiles } from "@vnfacts/shared/export";

/** The names of a dataset folder's files (the extension names its downloads its own way). */
const FILE_NAMES: Record<DatasetPart, string> = {
  spans: "dataset.jsonl",
  iob2: "dataset.jsonl",
  "iob2-info": "dataset_info.json",
  "labelstudio-tasks": "tasks.json",
  "labelstudio-config": "label_config.xml",
  csv: "facts.csv",
  w3c: "annotations.jsonld",
};

/** The files of one format, by name; pure so the CLI test can check names without a disk. */
export function datasetFolderFiles(
  format: DatasetFormat,
  result: JoinResult,
  annotations: readonly Annotation[],
): { files: Record<string, string>; notes: string[] } {
  const { files, notes } = datasetFiles(format, result, annotations);
  return { files: Object.fromEntries(files.map((f) => [FILE_NAMES[f.part], f.content])), notes };
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
  const { files, notes } = datasetFolderFiles(format, result, annotations);
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
