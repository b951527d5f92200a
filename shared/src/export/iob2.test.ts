import { describe, expect, it } from "vitest";
import { Iob2Row } from "../schema/index.ts";
import type { ExportSpan } from "./document.ts";
import { documentToIob2, IOB2_LABELS, iob2DatasetInfo, resolveOverlaps, tokenize } from "./iob2.ts";
import { demoDocument } from "./test-fixtures.ts";

const label = (i: number) => IOB2_LABELS[i];

describe("tokenize", () => {
  it("splits whitespace syllables and peels edge punctuation, keeping numbers whole", () => {
    const text = "Qua đó, phường Kỳ Sơn vượt 17/17 chỉ tiêu; đạt 16,9 tỷ (1,54%).";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual([
      "Qua",
      "đó",
      ",",
      "phường",
      "Kỳ",
      "Sơn",
      "vượt",
      "17/17",
      "chỉ",
      "tiêu",
      ";",
      "đạt",
      "16,9",
      "tỷ",
      "(",
      "1,54%",
      ")",
      ".",
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe("IOB2 rows", () => {
  const doc = demoDocument();
  const { rows, dropped } = documentToIob2(doc);

  it("writes one valid row per paragraph, tags indexing the label list", () => {
    expect(rows).toHaveLength(4);
    for (const r of rows) Iob2Row.parse(r);
    expect(rows.map((r) => r.id)).toEqual([0, 1, 2, 3].map((i) => `${doc.id}-${i}`));
    expect(dropped).toBe(0);
  });

  it("tags the award and the person of paragraph 2 as B/I runs", () => {
    const r = rows[1]!;
    const tagged = r.tokens.map((t, i) => [t, label(r.ner_tags[i]!)]).filter(([, l]) => l !== "O");
    expect(tagged).toEqual([
      ["Nguyễn", "B-person"],
      ["Hữu", "I-person"],
      ["Cường", "I-person"],
      ["Bằng", "B-award"],
      ["khen", "I-award"],
      ["cho", "I-award"],
      ["5", "I-award"],
      ["cá", "I-award"],
      ["nhân", "I-award"],
      ["phường", "B-locality"],
      ["Kỳ", "I-locality"],
      ["Sơn", "I-locality"],
    ]);
  });

  it("skips the rejected suggestion and keeps the corrected one", () => {
    const labels = rows[3]!.ner_tags.map(label);
    expect(labels.every((l) => l === "O")).toBe(true);
    expect(rows[2]!.ner_tags.map(label).filter((l) => l !== "O")).toEqual([
      "B-metric",
      "I-metric",
      "I-metric",
    ]);
  });

  it("describes ner_tags as a ClassLabel sequence with the same names", () => {
    const info = iob2DatasetInfo() as {
      features: { ner_tags: { feature: { names: string[]; num_classes: number } } };
    };
    expect(info.features.ner_tags.feature.names).toEqual(IOB2_LABELS);
    expect(info.features.ner_tags.feature.num_classes).toBe(1 + 2 * 11);
    expect(IOB2_LABELS.slice(0, 3)).toEqual(["O", "B-award", "I-award"]);
  });
});

describe("resolveOverlaps", () => {
  const span = (start: number, end: number, tag: ExportSpan["tag"]): ExportSpan => ({
    start,
    end,
    tag,
    text: "x",
    status: "tagged",
    value: null,
    note: null,
    author: "Lan",
    provenance: "human",
    annotationId: `${start}`,
  });

  it("keeps the earliest start, then the longest, and drops what overlaps it", () => {
    const { kept, dropped } = resolveOverlaps([
      span(10, 20, "person"),
      span(0, 12, "award"),
      span(0, 5, "date"),
      span(20, 25, "metric"),
    ]);
    expect(kept.map((s) => s.tag)).toEqual(["award", "metric"]);
    expect(dropped.map((s) => s.tag).sort()).toEqual(["date", "person"]);
  });
});
