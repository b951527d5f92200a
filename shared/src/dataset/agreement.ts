import type { ExportDocument, ExportSpan } from "../export/document.ts";
import { isPositiveSpan } from "../export/document.ts";

// Span-level inter-annotator agreement between two reviewers on the articles both annotated.
// Exact F1: spans match when start, end and tag are identical (2·matches / (|A| + |B|)).
// Overlap F1: a span counts as found when the other reviewer has a span of the same tag sharing at least
// one character; F1 is the harmonic mean of A's found share and B's found share.
// Rejected suggestions are not facts and are left out.

export interface TagAgreement {
  tag: string;
  a: number;
  b: number;
  exactMatches: number;
  exactF1: number | null;
  overlapF1: number | null;
}

export interface AgreementReport {
  reviewers: [string, string];
  /** Articles with spans from both reviewers. */
  articles: number;
  perTag: TagAgreement[];
  overall: TagAgreement;
}

/** The two reviewers found in the documents; throws when there are not exactly two. */
export function reviewersOf(docs: readonly ExportDocument[]): [string, string] {
  const names = [...new Set(docs.flatMap((d) => d.spans.map((s) => s.author)))].sort();
  if (names.length !== 2)
    throw new Error(
      `agreement needs exactly two reviewers, found ${names.length}: ${names.join(", ") || "(none)"}; name them with --reviewers`,
    );
  return [names[0]!, names[1]!];
}

function overlaps(x: ExportSpan, y: ExportSpan): boolean {
  return x.start < y.end && y.start < x.end;
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

interface Counts {
  a: number;
  b: number;
  exact: number;
  aFound: number;
  bFound: number;
}

/** Counts for one article and one tag. */
function countPair(a: readonly ExportSpan[], b: readonly ExportSpan[]): Counts {
  const bKeys = new Map<string, number>();
  for (const s of b) bKeys.set(`${s.start}:${s.end}`, (bKeys.get(`${s.start}:${s.end}`) ?? 0) + 1);
  let exact = 0;
  for (const s of a) {
    const k = `${s.start}:${s.end}`;
    const left = bKeys.get(k) ?? 0;
    if (left > 0) {
      exact++;
      bKeys.set(k, left - 1);
    }
  }
  return {
    a: a.length,
    b: b.length,
    exact,
    aFound: a.filter((x) => b.some((y) => overlaps(x, y))).length,
    bFound: b.filter((y) => a.some((x) => overlaps(x, y))).length,
  };
}

function addTo(sum: Counts, c: Counts): void {
  sum.a += c.a;
  sum.b += c.b;
  sum.exact += c.exact;
  sum.aFound += c.aFound;
  sum.bFound += c.bFound;
}

function finish(tag: string, t: Counts): TagAgreement {
  const n = t.a + t.b;
  return {
    tag,
    a: t.a,
    b: t.b,
    exactMatches: t.exact,
    exactF1: n === 0 ? null : (2 * t.exact) / n,
    overlapF1: n === 0 ? null : t.a && t.b ? f1(t.aFound / t.a, t.bFound / t.b) : 0,
  };
}

const zero = (): Counts => ({ a: 0, b: 0, exact: 0, aFound: 0, bFound: 0 });

export function agreement(docs: readonly ExportDocument[], reviewers?: [string, string]): AgreementReport {
  const [ra, rb] = reviewers ?? reviewersOf(docs);
  const sums = new Map<string, Counts>();
  const total = zero();
  let articles = 0;
  for (const d of docs) {
    const mine = d.spans.filter((s) => s.author === ra);
    const theirs = d.spans.filter((s) => s.author === rb);
    if (!mine.length || !theirs.length) continue;
    articles++;
    const a = mine.filter(isPositiveSpan);
    const b = theirs.filter(isPositiveSpan);
    // Pairs are only compared within one article and one tag.
    for (const tag of new Set([...a, ...b].map((s) => s.tag))) {
      const c = countPair(
        a.filter((s) => s.tag === tag),
        b.filter((s) => s.tag === tag),
      );
      const sum = sums.get(tag) ?? zero();
      addTo(sum, c);
      sums.set(tag, sum);
      addTo(total, c);
    }
  }
  const perTag = [...sums.entries()].sort(([x], [y]) => x.localeCompare(y)).map(([tag, t]) => finish(tag, t));
  return { reviewers: [ra, rb], articles, perTag, overall: finish("all", total) };
}

/** The per-tag table the CLI prints. */
export function agreementTable(r: AgreementReport): string {
  const fmt = (x: number | null) => (x === null ? "—" : x.toFixed(3));
  const head = ["tag", r.reviewers[0], r.reviewers[1], "exact", "exact F1", "overlap F1"];
  const body = [...r.perTag, r.overall].map((t) => [
    t.tag,
    String(t.a),
    String(t.b),
    String(t.exactMatches),
    fmt(t.exactF1),
    fmt(t.overlapF1),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [
    `Agreement between ${r.reviewers[0]} and ${r.reviewers[1]} on ${r.articles} article(s)`,
    line(head),
    ...body.map(line),
    "",
  ].join("\n");
}
