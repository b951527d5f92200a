import { type Iob2Row, TAXONOMY, type TagId } from "../schema/index.ts";
import { type ExportDocument, type ExportSpan, isPositiveSpan } from "./document.ts";

// Hugging Face token classification: `{ id, tokens, ner_tags }` rows with integer IOB2 tags indexing
// `IOB2_LABELS`, one row per paragraph (paragraphs are "\n\n"-separated in records; long documents would
// not fit a model's window). Tokens are whitespace syllables, as Vietnamese NER corpora (VLSP) ship them,
// with leading and trailing punctuation split off ("Sơn," → "Sơn", ","); inner punctuation stays
// ("16,9", "17/17", "1,54%").
// Overlaps: spans are taken earliest start first, longer first on ties; a span overlapping one already
// taken is dropped and counted (IOB2 cannot nest). Rejected suggestions are not entities and are skipped.

export const IOB2_LABELS: readonly string[] = ["O", ...TAXONOMY.flatMap((t) => [`B-${t.id}`, `I-${t.id}`])];
const LABEL_INDEX = new Map(IOB2_LABELS.map((l, i) => [l, i]));

export interface Token {
  text: string;
  start: number;
  end: number;
}

const CHUNK = /\S+/g;
const EDGE_PUNCT = /^[\p{P}\p{S}]$/u;

/** Whitespace syllables with edge punctuation split off, each with its UTF-16 offsets. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(CHUNK)) {
    const chunk = m[0];
    const base = offset + m.index;
    let a = 0;
    let b = chunk.length;
    const lead: Token[] = [];
    const trail: Token[] = [];
    while (a < b && EDGE_PUNCT.test(chunk[a]!)) {
      lead.push({ text: chunk[a]!, start: base + a, end: base + a + 1 });
      a++;
    }
    while (b > a && EDGE_PUNCT.test(chunk[b - 1]!) && !(chunk[b - 1] === "%" && b - 1 > a)) {
      trail.unshift({ text: chunk[b - 1]!, start: base + b - 1, end: base + b });
      b--;
    }
    tokens.push(...lead);
    if (b > a) tokens.push({ text: chunk.slice(a, b), start: base + a, end: base + b });
    tokens.push(...trail);
  }
  return tokens;
}

/** Keeps non-overlapping spans: earliest start first, then the longest. Returns the kept and the dropped. */
export function resolveOverlaps(spans: readonly ExportSpan[]): { kept: ExportSpan[]; dropped: ExportSpan[] } {
  const sorted = [...spans].sort((x, y) => x.start - y.start || y.end - y.start - (x.end - x.start));
  const kept: ExportSpan[] = [];
  const dropped: ExportSpan[] = [];
  let reach = -1;
  for (const s of sorted) {
    if (s.start < reach) dropped.push(s);
    else {
      kept.push(s);
      reach = s.end;
    }
  }
  return { kept, dropped };
}

function tagIndex(prefix: "B" | "I", tag: TagId): number {
  return LABEL_INDEX.get(`${prefix}-${tag}`)!;
}

/** Rows of one document; `dropped` counts spans lost to overlaps. */
export function documentToIob2(doc: ExportDocument): { rows: Iob2Row[]; dropped: number } {
  const { kept, dropped } = resolveOverlaps(doc.spans.filter(isPositiveSpan));
  const rows: Iob2Row[] = [];
  let paragraphStart = 0;
  let spanAt = 0;
  let n = 0;
  while (paragraphStart <= doc.text.length) {
    const sep = doc.text.indexOf("\n\n", paragraphStart);
    const paragraphEnd = sep === -1 ? doc.text.length : sep;
    const tokens = tokenize(doc.text.slice(paragraphStart, paragraphEnd), paragraphStart);
    if (tokens.length) {
      const tags: number[] = [];
      let current: ExportSpan | null = null;
      for (const t of tokens) {
        while (spanAt < kept.length && kept[spanAt]!.end <= t.start) spanAt++;
        const s = kept[spanAt];
        // A token belongs to a span when they share at least one character.
        if (s && s.start < t.end && t.start < s.end) {
          tags.push(tagIndex(current === s ? "I" : "B", s.tag));
          current = s;
        } else {
          tags.push(0);
          current = null;
        }
      }
      rows.push({ id: `${doc.id}-${n++}`, tokens: tokens.map((t) => t.text), ner_tags: tags });
    }
    if (sep === -1) break;
    paragraphStart = sep + 2;
  }
  return { rows, dropped: dropped.length };
}

export function documentsToIob2(docs: readonly ExportDocument[]): {
  jsonl: string;
  rows: number;
  dropped: number;
} {
  let jsonl = "";
  let rows = 0;
  let dropped = 0;
  for (const d of docs) {
    const r = documentToIob2(d);
    for (const row of r.rows) jsonl += `${JSON.stringify(row)}\n`;
    rows += r.rows.length;
    dropped += r.dropped;
  }
  return { jsonl, rows, dropped };
}

/** A `dataset_info.json`-style feature description, so `datasets` reads `ner_tags` as a ClassLabel sequence. */
export function iob2DatasetInfo(): object {
  return {
    description: "vnfacts reviewed facts as IOB2 token classification (whitespace syllables)",
    features: {
      id: { dtype: "string", _type: "Value" },
      tokens: { feature: { dtype: "string", _type: "Value" }, _type: "Sequence" },
      ner_tags: {
        feature: { num_classes: IOB2_LABELS.length, names: [...IOB2_LABELS], _type: "ClassLabel" },
        _type: "Sequence",
      },
    },
  };
}
