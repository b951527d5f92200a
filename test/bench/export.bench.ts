// Exporting 100,000 annotations to every format, against plain JSON.stringify of the same objects in the
// same run. Run: `npx tsx test/bench/export.bench.ts` (ANNOTATIONS=… to change the count).
import { buildDataset } from "@vnfacts/shared/dataset";
import {
  annotationsToJsonl,
  documentsToIob2,
  parseAnnotationsJsonl,
  spanDocumentsToJsonl,
  toFactsCsv,
  toLabelStudioJson,
  toW3CAnnotations,
} from "@vnfacts/shared/export";
import { DEMO_BODY, demoRecord } from "../../shared/src/export/test-fixtures.ts";
import type { Annotation, ArticleRecord } from "../../shared/src/schema/index.ts";
import { benchAnnotations, medianMs } from "../support/bench.ts";

const TOTAL = Number(process.env.ANNOTATIONS ?? 100_000);
const PER_DOC = 50;

function corpus(): { records: ArticleRecord[]; annotations: Annotation[] } {
  const body = [DEMO_BODY, DEMO_BODY, DEMO_BODY].join("\n\n");
  const { annotations, pages } = benchAnnotations(body, TOTAL, PER_DOC);
  const records = pages.map((url, d) => demoRecord({ url, body, id: d.toString(16).padStart(16, "0") }));
  return { records, annotations };
}

const time = (fn: () => unknown) => medianMs(fn, { warmUp: true });

const { records, annotations } = corpus();
const joined = buildDataset(records, annotations);
if (joined.anchored !== TOTAL) throw new Error(`only ${joined.anchored} of ${TOTAL} anchored`);
const docs = joined.documents;
const jsonl = annotationsToJsonl(annotations);

const baseline = await time(() => annotations.map((a) => JSON.stringify(a)).join("\n"));
const rows: Array<[string, number]> = [
  ["baseline JSON.stringify (annotations)", baseline],
  ["annotations JSONL", await time(() => annotationsToJsonl(annotations))],
  ["W3C collection (+ stringify)", await time(() => JSON.stringify(toW3CAnnotations(annotations)))],
  ["span JSONL (doccano/spaCy)", await time(() => spanDocumentsToJsonl(docs))],
  ["IOB2 (HF token classification)", await time(() => documentsToIob2(docs))],
  ["Label Studio tasks", await time(() => toLabelStudioJson(docs))],
  ["CSV of facts", await time(() => toFactsCsv(docs))],
  ["join + re-anchor (buildDataset)", await time(() => buildDataset(records, annotations))],
  ["parse annotations JSONL (zod)", await time(() => parseAnnotationsJsonl(jsonl))],
];
console.log(`${TOTAL} annotations on ${records.length} records (${PER_DOC} per record), median of 3 runs`);
for (const [name, ms] of rows)
  console.log(`${name.padEnd(40)} ${ms.toFixed(0).padStart(7)} ms  ×${(ms / baseline).toFixed(2)} baseline`);
