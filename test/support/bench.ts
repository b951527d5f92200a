import type { Annotation, TagId } from "@vnfacts/shared";
import { describeTextRange } from "@vnfacts/shared/anchor";

// Shared by the export benchmarks (test/bench/export.bench.ts, idb-export.bench.ts): the same annotations,
// the same timing.

const TAGS: TagId[] = ["award", "person", "locality", "metric", "date", "movement"];
const STATUSES = ["tagged", "accepted", "rejected", "corrected"] as const;

/**
 * `total` annotations, `perPage` on each page `https://bench.gov.vn/tin-tuc/bai-<n>.htm` whose text is `text`,
 * on 1–3-word stretches spread over it. Tags, values, notes, authors, statuses and minutes cycle; three in
 * four are machine suggestions with a suggestion id.
 */
export function benchAnnotations(
  text: string,
  total: number,
  perPage: number,
): { annotations: Annotation[]; pages: string[] } {
  const words = [...text.matchAll(/\S+(?: \S+){1,2}/g)];
  const step = Math.max(1, Math.floor(words.length / perPage));
  const annotations: Annotation[] = [];
  const pages: string[] = [];
  for (let d = 0; annotations.length < total; d++) {
    const url = `https://bench.gov.vn/tin-tuc/bai-${d}.htm`;
    pages.push(url);
    for (let k = 0; k < perPage && annotations.length < total; k++) {
      const m = words[(k * step) % words.length]!;
      const { quote, position } = describeTextRange(text, m.index, m.index + m[0].length);
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
        status: STATUSES[n % 4]!,
        provenance: n % 4 ? "machine" : "human",
        ...(n % 4 ? { suggestionId: `x:${n.toString(16).padStart(20, "0")}` } : {}),
      });
    }
  }
  return { annotations, pages };
}

/** The median wall time of `runs` runs of `fn` in ms, after one untimed run when `warmUp`. */
export async function medianMs(
  fn: () => unknown,
  { runs = 3, warmUp = false }: { runs?: number; warmUp?: boolean } = {},
): Promise<number> {
  if (warmUp) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}
