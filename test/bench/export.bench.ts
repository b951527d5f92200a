// Exporting 100,000 annotations to every format, against plain JSON.stringify of the same objects in the
// same run. Run: `npx tsx test/bench/export.bench.ts` (ANNOTATIONS=… to change the count).
import { describeTextRange } from "@vnfacts/shared/anchor";
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
import type { Annotation, ArticleRecord, TagId } from "../../shared/src/schema/index.ts";

const TOTAL = Number(process.env.ANNOTATIONS ?? 100_000);
const PER_DOC = 50;
const TAGS: TagId[] = ["award", "person", "locality", "metric", "date", "movement"];

function corpus(): { records: ArticleRecord[]; annotations: Annotation[] } {
  const body = [DEMO_BODY, DEMO_BODY, DEMO_BODY].join("\n\n");
  const words = [...body.matchAll(/\S+(?: \S+){1,2}/g)];
  const step = Math.floor(words.length / PER_DOC);
  const records: ArticleRecord[] = [];
  const annotations: Annotation[] = [];
  for (let d = 0; annotations.length < TOTAL; d++) {
    const url = `https://bench.gov.vn/tin-tuc/bai-${d}.htm`;
    records.push(demoRecord({ url, body, id: d.toString(16).padStart(16, "0") }));
    for (let k = 0; k < PER_DOC && annotations.length < TOTAL; k++) {
      const m = words[k * step]!;
      const { quote, position } = describeTextRange(body, m.index, m.index + m[0].length);
      const n = annotations.length;
      annotations.push({
        id: `urn:uuid:00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`,
        target: { source: url, selector: [quote, position] },
        tag: TAGS[n % TAGS.length]!,
        value: n % 3 ? null : n,
        note: n % 5 ? null : "ghi chú, có dấu phẩy",
        author: n % 2 ? "Lan" : "Minh",
        created: "2026-02-01T09:00:00+07:00",
        modified: "2026-02-01T09:00:00+07:00",
        status: (["tagged", "accepted", "rejected", "corrected"] as const)[n % 4]!,
        provenance: n % 4 ? "machine" : "human",
      });
    }
  }
  return { records, annotations };
}

function time(fn: () => unknown): number {
  fn(); // warm-up
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    fn();
    runs.push(performance.now() - t);
  }
  return runs.sort((a, b) => a - b)[1]!;
}

const { records, annotations } = corpus();
const joined = buildDataset(records, annotations);
if (joined.anchored !== TOTAL) throw new Error(`only ${joined.anchored} of ${TOTAL} anchored`);
const docs = joined.documents;
const jsonl = annotationsToJsonl(annotations);

const baseline = time(() => annotations.map((a) => JSON.stringify(a)).join("\n"));
const rows: Array<[string, number]> = [
  ["baseline JSON.stringify (annotations)", baseline],
  ["annotations JSONL", time(() => annotationsToJsonl(annotations))],
  ["W3C collection (+ stringify)", time(() => JSON.stringify(toW3CAnnotations(annotations)))],
  ["span JSONL (doccano/spaCy)", time(() => spanDocumentsToJsonl(docs))],
  ["IOB2 (HF token classification)", time(() => documentsToIob2(docs))],
  ["Label Studio tasks", time(() => toLabelStudioJson(docs))],
  ["CSV of facts", time(() => toFactsCsv(docs))],
  ["join + re-anchor (buildDataset)", time(() => buildDataset(records, annotations))],
  ["parse annotations JSONL (zod)", time(() => parseAnnotationsJsonl(jsonl))],
];
console.log(`${TOTAL} annotations on ${records.length} records (${PER_DOC} per record), median of 3 runs`);
for (const [name, ms] of rows)
  console.log(`${name.padEnd(40)} ${ms.toFixed(0).padStart(7)} ms  ×${(ms / baseline).toFixed(2)} baseline`);
