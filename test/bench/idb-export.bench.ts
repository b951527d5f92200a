// Exporting 100,000 annotations from IndexedDB the way the extension's side panel does (Dexie over
// fake-indexeddb in Node): chunked bulk reads (`readAllAnnotations`), then the side panel's serializers
// (`buildExport` → annotations JSONL / W3C; `exportTexts` + `buildDatasetExport` → span JSONL), against a
// baseline measured in the same run: JSON.stringify of the same annotations already in memory.
// Run: `npx tsx test/bench/idb-export.bench.ts` (ANNOTATIONS=… to change the count).
import "fake-indexeddb/auto";
import { describeTextRange } from "@vnfacts/shared/anchor";
import { readAllAnnotations } from "../../extension/lib/db/read-all.ts";
import { VnfactsDb } from "../../extension/lib/db/schema.ts";
import { buildDatasetExport, buildExport } from "../../extension/lib/export-files.ts";
import { exportTexts } from "../../extension/lib/export-texts.ts";
import { DEMO_BODY } from "../../shared/src/export/test-fixtures.ts";
import type { Annotation, TagId } from "../../shared/src/schema/index.ts";

const TOTAL = Number(process.env.ANNOTATIONS ?? 100_000);
const PER_PAGE = 50;
const TAGS: TagId[] = ["award", "person", "locality", "metric", "date", "movement"];

function corpus(): { annotations: Annotation[]; pages: string[] } {
  const words = [...DEMO_BODY.matchAll(/\S+(?: \S+){1,2}/g)];
  const step = Math.max(1, Math.floor(words.length / PER_PAGE));
  const annotations: Annotation[] = [];
  const pages: string[] = [];
  for (let d = 0; annotations.length < TOTAL; d++) {
    const url = `https://bench.gov.vn/tin-tuc/bai-${d}.htm`;
    pages.push(url);
    for (let k = 0; k < PER_PAGE && annotations.length < TOTAL; k++) {
      const m = words[(k * step) % words.length]!;
      const { quote, position } = describeTextRange(DEMO_BODY, m.index, m.index + m[0].length);
      const n = annotations.length;
      const minute = String(n % 60).padStart(2, "0");
      annotations.push({
        id: `urn:uuid:00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`,
        target: { source: url, selector: [quote, position] },
        tag: TAGS[n % TAGS.length]!,
        value: n % 3 ? null : n,
        note: n % 5 ? null : "ghi chú, có dấu phẩy",
        author: n % 2 ? "Lan" : "Minh",
        created: `2026-02-01T09:${minute}:00+07:00`,
        modified: `2026-02-01T09:${minute}:00+07:00`,
        status: (["tagged", "accepted", "rejected", "corrected"] as const)[n % 4]!,
        provenance: n % 4 ? "machine" : "human",
        ...(n % 4 ? { suggestionId: `x:${n.toString(16).padStart(20, "0")}` } : {}),
      });
    }
  }
  return { annotations, pages };
}

async function time(fn: () => unknown, runs = 3): Promise<number> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

const { annotations, pages } = corpus();
const db = new VnfactsDb("idb-export-bench");
const t0 = performance.now();
for (let i = 0; i < annotations.length; i += 10_000)
  await db.annotations.bulkAdd(annotations.slice(i, i + 10_000));
await db.pageTexts.bulkAdd(
  pages.map((url) => ({ url, text: DEMO_BODY, capturedAt: "2026-02-01T09:00:00+07:00" })),
);
const storeMs = performance.now() - t0;
const stored = await readAllAnnotations(db);
if (stored.length !== TOTAL) throw new Error(`read ${stored.length} of ${TOTAL}`);

const stringifyAll = () => annotations.map((a) => JSON.stringify(a)).join("\n");
stringifyAll(); // warm-up: the baseline must not pay the JIT's first compile
const baseline = await time(stringifyAll);
const rows: Array<[string, number]> = [
  ["baseline JSON.stringify (in memory)", baseline],
  ["read: one toArray()", await time(() => db.annotations.toArray())],
  ["read: chunks of 10,000 (readAllAnnotations)", await time(() => readAllAnnotations(db))],
  [
    "read + annotations JSONL (side panel)",
    await time(async () => buildExport(await readAllAnnotations(db), "jsonl", "all")),
  ],
  [
    "read + W3C collection (side panel)",
    await time(async () => buildExport(await readAllAnnotations(db), "w3c", "all")),
  ],
  [
    "read + page texts + span JSONL (side panel)",
    await time(async () => {
      const all = await readAllAnnotations(db);
      const texts = await exportTexts(
        db,
        all.map((a) => a.target.source),
      );
      const out = buildDatasetExport(all, texts, "spans", "all");
      if (out.anchored !== TOTAL) throw new Error(`only ${out.anchored} of ${TOTAL} anchored`);
    }),
  ],
];
console.log(
  `${TOTAL} annotations on ${pages.length} pages in IndexedDB (fake-indexeddb), stored in ${(storeMs / 1000).toFixed(1)} s; median of 3 runs`,
);
for (const [name, ms] of rows)
  console.log(`${name.padEnd(46)} ${ms.toFixed(0).padStart(7)} ms  ×${(ms / baseline).toFixed(1)} baseline`);
db.close();
