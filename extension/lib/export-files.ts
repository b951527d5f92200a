import type { Annotation } from "@vnfacts/shared";
import { joinAnnotations, type SourceText } from "@vnfacts/shared/dataset";
import {
  annotationsToJsonl,
  type DatasetFormat,
  type DatasetPart,
  datasetFiles,
  toW3CAnnotations,
} from "@vnfacts/shared/export";

/** `jsonl`: one Annotation per line (lossless); `w3c`: AnnotationCollection. Both need no text. */
export type ExportFormat = "jsonl" | "w3c";
/** Formats that carry offsets into a document's text (the imported record's body, or the page's main text). */
export type DatasetExportFormat = "spans" | "iob2" | "labelstudio" | "csv";
export const DATASET_EXPORT_FORMATS: readonly DatasetExportFormat[] = ["spans", "iob2", "labelstudio", "csv"];
/** "jsonl" here already names the annotations' JSONL, so the span documents' JSONL is "spans". */
const SHARED_FORMAT: Record<DatasetExportFormat, DatasetFormat> = {
  spans: "jsonl",
  iob2: "iob2",
  labelstudio: "labelstudio",
  csv: "csv",
};
/** `<stem>-<suffix>`: the downloads of one export sort together and say their format. */
const DOWNLOAD_SUFFIXES: Record<DatasetPart, string> = {
  spans: "spans.jsonl",
  iob2: "iob2.jsonl",
  "iob2-info": "iob2-dataset_info.json",
  "labelstudio-tasks": "labelstudio-tasks.json",
  "labelstudio-config": "labelstudio-config.xml",
  csv: "facts.csv",
  w3c: "w3c.jsonld",
};

export interface ExportFile {
  filename: string;
  mime: string;
  content: string;
}

/** `vnfacts-<scope>-<YYYYMMDD>.<ext>`: scope is the page's host and path, or `all`. */
function filenameFor(scope: string, format: ExportFormat, now: Date): string {
  return `${stemFor(scope, now)}.${format === "jsonl" ? "jsonl" : "jsonld"}`;
}

function stemFor(scope: string, now: Date): string {
  const day = now.toISOString().slice(0, 10).replaceAll("-", "");
  const slug =
    scope === "all"
      ? "all"
      : (() => {
          const u = new URL(scope);
          return `${u.hostname}${u.pathname}`
            .replace(/[^a-z0-9.]+/gi, "-")
            .replace(/^-+|-+$/g, "")
            .slice(0, 80);
        })();
  return `vnfacts-${slug}-${day}`;
}

/**
 * An export of annotations through the shared serializers (the CLI reads the same formats back):
 * JSONL, one Annotation per line, or a W3C Web Annotation AnnotationCollection.
 * `scope` is a canonical page URL or `all`.
 */
export function buildExport(
  annotations: readonly Annotation[],
  format: ExportFormat,
  scope: string,
  now = new Date(),
): ExportFile {
  const sorted = [...annotations].sort((a, b) =>
    a.created < b.created ? -1 : a.created > b.created ? 1 : 0,
  );
  const filename = filenameFor(scope, format, now);
  if (format === "jsonl")
    return { filename, mime: "application/x-ndjson", content: annotationsToJsonl(sorted) };
  const label = scope === "all" ? "vnfacts annotations" : `vnfacts annotations of ${scope}`;
  return {
    filename,
    mime: "application/ld+json",
    content: `${JSON.stringify(toW3CAnnotations(sorted, { label }), null, 2)}\n`,
  };
}

export interface DatasetExport {
  files: ExportFile[];
  documents: number;
  anchored: number;
  /** Annotations that found no text (no record or page text for their page) or no longer anchor in it. */
  orphans: number;
}

/**
 * A dataset export through the shared exporters (the CLI's `vnfacts dataset build` writes the same shapes):
 * annotations are re-anchored by quote + position on each page's text with the dataset join.
 */
export function buildDatasetExport(
  annotations: readonly Annotation[],
  texts: readonly SourceText[],
  format: DatasetExportFormat,
  scope: string,
  now = new Date(),
): DatasetExport {
  const result = joinAnnotations(texts, annotations);
  const stem = stemFor(scope, now);
  const files = datasetFiles(SHARED_FORMAT[format], result, annotations).files.map((f) => ({
    filename: `${stem}-${DOWNLOAD_SUFFIXES[f.part]}`,
    mime: f.mime,
    content: f.content,
  }));
  return {
    files,
    documents: result.documents.length,
    anchored: result.anchored,
    orphans: result.orphans.length,
  };
}

/** Saves a file through the browser's downloads (an extension page). */
export function downloadFile(file: { filename: string; mime: string; content: string | Blob }): void {
  const blob =
    typeof file.content === "string" ? new Blob([file.content], { type: file.mime }) : file.content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = file.filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
