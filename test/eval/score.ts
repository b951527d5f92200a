/**
 * Scoring an extraction summary against a gold file (the shape of ../shared/gold/*.json).
 * Each fact type is a multiset of keys; a predicted key matches at most one gold key. Matching rules
 * (documented in docs/extraction.md):
 *   eventDates — the date; localities — name (match key) + level; people — name (match key);
 *   awards — form + recipientKind + count + status; metrics — value (±0.5 %) + unitClass;
 *   congress — each non-null field is one item; legalRefs — kind + number (else title);
 *   movements — name (match key). legalRefs and movements are scored only where the gold lists them.
 */
import { matchKey } from "@vnfacts/shared/text";

export type Counts = { tp: number; fp: number; fn: number };
export type TypeScores = Record<string, Counts>;
export type Mismatch = { type: string; missing: string[]; extra: string[] };

// biome-ignore lint/suspicious/noExplicitAny: gold and predicted records are loosely shaped JSON here.
type Json = any;

export const FACT_TYPES = [
  "eventDates",
  "localities",
  "people",
  "awards",
  "metrics",
  "congress",
  "legalRefs",
  "movements",
] as const;
export const DOCUMENT_FIELDS = ["title", "publishedAt", "authors", "topics"] as const;

const k = (s: unknown) => (typeof s === "string" ? matchKey(s) : String(s ?? ""));

function keysFor(type: string, items: Json[]): string[] {
  switch (type) {
    case "eventDates":
      return items.map((d) => String(d));
    case "localities":
      return items.map((l) => `${k(l.name)}|${l.level}`);
    case "people":
      return items.map((p) => k(p.name));
    case "awards":
      return items.map((a) => `${k(a.form)}|${k(a.recipientKind)}|${a.count ?? "-"}|${a.status}`);
    case "legalRefs":
      return items.map((l) => `${k(l.kind)}|${l.number ? k(l.number) : k(l.title)}`);
    case "movements":
      return items.map((m) => k(typeof m === "string" ? m : m.name));
    default:
      return [];
  }
}

function matchMultiset(gold: string[], predicted: string[]): Counts & { missing: string[]; extra: string[] } {
  const left = [...gold];
  const extra: string[] = [];
  for (const p of predicted) {
    const i = left.indexOf(p);
    if (i >= 0) left.splice(i, 1);
    else extra.push(p);
  }
  return { tp: gold.length - left.length, fp: extra.length, fn: left.length, missing: left, extra };
}

function matchMetrics(gold: Json[], predicted: Json[]) {
  const left = [...gold];
  const extra: string[] = [];
  const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 0.005);
  for (const p of predicted) {
    const i = left.findIndex((g) => g.unitClass === p.unitClass && close(Number(p.value), Number(g.value)));
    if (i >= 0) left.splice(i, 1);
    else extra.push(`${p.value} ${p.unitClass} (${p.label})`);
  }
  return {
    tp: gold.length - left.length,
    fp: extra.length,
    fn: left.length,
    missing: left.map((g) => `${g.value} ${g.unitClass} (${g.label})`),
    extra,
  };
}

const CONGRESS_FIELDS = [
  "body",
  "ordinal",
  "term",
  "delegates",
  "partyMembers",
  "baseOrganizations",
  "executiveCommittee",
  "standingCommittee",
  "secretary",
] as const;

function congressKeys(c: Json): string[] {
  if (!c) return [];
  return CONGRESS_FIELDS.filter((f) => c[f] !== null && c[f] !== undefined).map((f) => `${f}=${k(c[f])}`);
}

export function scoreArticle(
  gold: Json,
  predicted: Json,
): { facts: TypeScores; document: TypeScores; mismatches: Mismatch[] } {
  const facts: TypeScores = {};
  const document: TypeScores = {};
  const mismatches: Mismatch[] = [];
  for (const type of FACT_TYPES) {
    if ((type === "legalRefs" || type === "movements") && !(type in gold)) continue;
    let r: Counts & { missing: string[]; extra: string[] };
    if (type === "metrics") r = matchMetrics(gold.metrics ?? [], predicted.metrics ?? []);
    else if (type === "congress")
      r = matchMultiset(congressKeys(gold.congress), congressKeys(predicted.congress));
    else r = matchMultiset(keysFor(type, gold[type] ?? []), keysFor(type, predicted[type] ?? []));
    facts[type] = { tp: r.tp, fp: r.fp, fn: r.fn };
    if (r.missing.length || r.extra.length) mismatches.push({ type, missing: r.missing, extra: r.extra });
  }
  const one = (g: string | null, p: string | null): Counts =>
    g === null
      ? { tp: 0, fp: p === null ? 0 : 1, fn: 0 }
      : p === null
        ? { tp: 0, fp: 0, fn: 1 }
        : g === p
          ? { tp: 1, fp: 0, fn: 0 }
          : { tp: 0, fp: 1, fn: 1 };
  // Document fields are scored where the gold states them (fixture gold takes them from the manifest).
  if ("title" in gold) document.title = one(k(gold.title), predicted.title ? k(predicted.title) : null);
  // The publication date compares as a calendar date; gold null with a relative date on the page stays null.
  if ("publishedAt" in gold)
    document.publishedAt = one(
      gold.publishedAt ? String(gold.publishedAt).slice(0, 10) : null,
      predicted.publishedAt ? String(predicted.publishedAt).slice(0, 10) : null,
    );
  if ("authors" in gold) {
    const authors = matchMultiset((gold.authors ?? []).map(k), (predicted.authors ?? []).map(k));
    document.authors = { tp: authors.tp, fp: authors.fp, fn: authors.fn };
  }
  const topics = matchMultiset(gold.topics ?? [], predicted.topics ?? []);
  document.topics = { tp: topics.tp, fp: topics.fp, fn: topics.fn };
  for (const f of DOCUMENT_FIELDS) {
    const c = document[f];
    if (!c) continue;
    if (c.fp || c.fn)
      mismatches.push({
        type: f,
        missing: c.fn ? [String(gold[f])] : [],
        extra: c.fp ? [String(predicted[f])] : [],
      });
  }
  return { facts, document, mismatches };
}

export function add(into: TypeScores, from: TypeScores): void {
  for (const [type, c] of Object.entries(from)) {
    const t = into[type] ?? { tp: 0, fp: 0, fn: 0 };
    into[type] = t;
    t.tp += c.tp;
    t.fp += c.fp;
    t.fn += c.fn;
  }
}

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1 };
}

export function total(scores: TypeScores): Counts {
  const t = { tp: 0, fp: 0, fn: 0 };
  for (const c of Object.values(scores)) {
    t.tp += c.tp;
    t.fp += c.fp;
    t.fn += c.fn;
  }
  return t;
}
