import type { LabelStudioTask } from "../schema/index.ts";
import { TAXONOMY } from "../schema/index.ts";
import { type ExportDocument, isPositiveSpan } from "./document.ts";

// Label Studio import tasks with pre-annotations (https://labelstud.io/guide/predictions): `data.text` plus
// `predictions[].result[]` regions `{ from_name: "label", to_name: "text", type: "labels", value: { start,
// end, text, labels } }`, matching the labeling config below. Rejected suggestions are left out: they
// would come back as pre-annotations the reviewer already refused.

export const LABEL_STUDIO_FROM_NAME = "label";
export const LABEL_STUDIO_TO_NAME = "text";
export const LABEL_STUDIO_MODEL_VERSION = "vnfacts-reviewed";

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The labeling config XML: one `<Label>` per taxonomy tag, coloured as in the extension. */
export function labelStudioConfig(): string {
  const labels = TAXONOMY.map(
    (t) => `    <Label value="${escapeXml(t.id)}" background="${t.color}" hint="${escapeXml(t.labelVi)}"/>`,
  ).join("\n");
  return [
    "<View>",
    `  <Labels name="${LABEL_STUDIO_FROM_NAME}" toName="${LABEL_STUDIO_TO_NAME}">`,
    labels,
    "  </Labels>",
    `  <Text name="${LABEL_STUDIO_TO_NAME}" value="$text" granularity="symbol"/>`,
    "</View>",
    "",
  ].join("\n");
}

export function toLabelStudioTask(doc: ExportDocument): LabelStudioTask {
  return {
    data: { text: doc.text, url: doc.url, recordId: doc.id },
    predictions: [
      {
        model_version: LABEL_STUDIO_MODEL_VERSION,
        result: doc.spans.filter(isPositiveSpan).map((s, i) => ({
          id: `${doc.id}-${i}`,
          from_name: LABEL_STUDIO_FROM_NAME,
          to_name: LABEL_STUDIO_TO_NAME,
          type: "labels" as const,
          value: { start: s.start, end: s.end, text: s.text, labels: [s.tag] },
        })),
      },
    ],
  };
}

/** The JSON array Label Studio imports. */
export function toLabelStudioJson(docs: readonly ExportDocument[]): string {
  return JSON.stringify(docs.map(toLabelStudioTask));
}
