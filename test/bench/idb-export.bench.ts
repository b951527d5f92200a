// Exporting 100,000 annotations from IndexedDB the way the extension's side panel does (Dexie over
// fake-indexeddb in Node): chunked bulk reads (`readAllAnnotations`), then the side panel's serializers
// (`buildExport` → annotations JSONL / W3C; `exportTexts` + `buildDatasetExport` → span JSONL), against a
// baseline measured in the same run: JSON.stringify of the same annotations already in memory.
// Run: `npx tsx test/bench/idb-export.bench.ts` (ANNOTATIONS=… to change the count).
import "fake-indexeddb/auto";
import { readAllAnnotations } from "../../extension/lib/db/read-all.ts";
import { VnfactsDb } from "../../extension/lib/db/schema.ts";
import { buildDatasetExport, buildExport } from "../../extension/lib/export-files.ts";
import { exportTexts } from "../../extension/lib/export-texts.ts";
import { DEMO_BODY } from "../../shared/src/export/test-fixtures.ts";
import { benchAnnotations, medianMs } from "../support/bench.ts";

const TOTAL = Number(process.env.ANNOTATIONS ?? 100_000);
const PER_PAGE = 50;

const { annotations, pages } = benchAnnotations(DEMO_BODY, TOTAL, PER_PAGE);
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
// Warmed up: the baseline must not pay the JIT's first compile.
const baseline = await medianMs(stringifyAll, { warmUp: true });
const rows: Array<[string, number]> = [
  ["baseline JSON.stringify (in memory)", baseline],
  ["read: one toArray()", await medianMs(() => db.annotations.toArray())],
  ["read: chunks of 10,000 (readAllAnnotations)", await medianMs(() => readAllAnnotations(db))],
  [
    "read + annotations JSONL (side panel)",
    await medianMs(async () => buildExport(await readAllAnnotations(db), "jsonl", "all")),
  ],
  [
    "read + W3C collection (side panel)",
    await medianMs(async () => buildExport(await readAllAnnotations(db), "w3c", "all")),
  ],
  [
    "read + page texts + span JSONL (side panel)",
    await medianMs(async () => {
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
