import type { Annotation } from "@vnfacts/shared";
import { annotationsToJsonl, toW3CAnnotations } from "@vnfacts/shared/export";

export type ExportFormat = "jsonl" | "w3c";

export interface ExportFile {
  filename: string;
  mime: string;
  content: string;
}

/** `vnfacts-<scope>-<YYYYMMDD>.<ext>`: scope is the page's host and path, or `all`. */
function filenameFor(scope: string, format: ExportFormat, now: Date): string {
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
  return `vnfacts-${slug}-${day}.${format === "jsonl" ? "jsonl" : "jsonld"}`;
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
