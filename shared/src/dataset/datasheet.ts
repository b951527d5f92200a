import { TAG_IDS, tagById } from "../schema/index.ts";
import type { JoinResult, OrphanReason } from "./join.ts";
import { datasetStats } from "./stats.ts";

// `datasheet.md`: what is in the dataset and how it was made, in the spirit of "Datasheets for Datasets".

export interface DatasheetOptions {
  /** Export format written next to the datasheet. */
  format: string;
  /** When the dataset was built (ISO); part of the sheet so two builds can be told apart. */
  generatedAt: string;
  /** Records available to the join (annotated or not). */
  recordsTotal: number;
  /** Annotation files read. */
  inputs?: readonly string[];
}

function percent(x: number | null): string {
  return x === null ? "—" : `${(100 * x).toFixed(1)} %`;
}

function table(header: readonly string[], body: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const esc = (v: string | number) => String(v).replace(/\|/g, "\\|").replace(/\n/g, " ");
  return [
    `| ${header.join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...body.map((r) => `| ${r.map(esc).join(" | ")} |`),
  ].join("\n");
}

export function orphanReasonCounts(result: JoinResult): Array<{ reason: OrphanReason; count: number }> {
  const counts = new Map<OrphanReason, number>();
  for (const o of result.orphans) counts.set(o.reason, (counts.get(o.reason) ?? 0) + 1);
  return [...counts.entries()]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count);
}

export function datasheet(result: JoinResult, opts: DatasheetOptions): string {
  const s = datasetStats(result.documents, TAG_IDS);
  const total = result.anchored + result.orphans.length;
  const out: string[] = [];
  out.push("# vnfacts dataset — datasheet", "");
  out.push(
    `Generated ${opts.generatedAt} by \`vnfacts dataset build\`, format \`${opts.format}\`.`,
    "",
    "Reviewer annotations (from the vnfacts extension or other W3C Web Annotation tools) joined to crawled",
    "article records by canonical URL and re-anchored onto each record's body text by quote + position (exact,",
    "then fuzzy). Offsets are UTF-16 code-unit indices into the NFC body; every span's text equals",
    "`text.slice(start, end)`.",
    "",
  );
  if (opts.inputs?.length)
    out.push(`Annotation files: ${opts.inputs.map((i) => `\`${i}\``).join(", ")}.`, "");

  out.push("## Composition", "");
  out.push(
    table(
      ["", "count"],
      [
        ["records available", opts.recordsTotal],
        ["documents (records with ≥ 1 anchored span)", s.documents],
        ["annotations read", total + result.duplicates],
        ["duplicates (same id, latest kept)", result.duplicates],
        ["anchored spans", result.anchored],
        [" — by position", result.methods.position],
        [" — by exact quote", result.methods.quote],
        [" — by fuzzy quote", result.methods.fuzzy],
        ["orphaned annotations", result.orphans.length],
        ...orphanReasonCounts(result).map((o) => [` — ${o.reason}`, o.count] as [string, number]),
      ],
    ),
    "",
  );
  const range = s.dateRange ? `${s.dateRange.from} → ${s.dateRange.to}` : "(no dated records)";
  const undated = s.undatedDocuments ? ` (${s.undatedDocuments} undated)` : "";
  out.push(`Publication dates: ${range}${undated}.`, "");

  const countsBy = (
    title: string,
    key: string,
    rows: Array<{ name: string; documents: number; spans: number }>,
  ) =>
    out.push(
      `## ${title}`,
      "",
      table(
        [key, "documents", "spans"],
        rows.map((r) => [r.name, r.documents, r.spans]),
      ),
      "",
    );
  countsBy(
    "Sources",
    "source",
    s.sources.map((r) => ({ ...r, name: r.sourceId })),
  );
  countsBy(
    "Provinces",
    "province",
    s.provinces.map((r) => ({ ...r, name: r.province })),
  );

  out.push(
    "## Tags",
    "",
    "Machine precision = accepted / (accepted + rejected + corrected) over the machine suggestions a reviewer",
    "judged; `tagged` spans were made by a reviewer from scratch and do not count.",
    "",
    table(
      ["tag", "label", "spans", "tagged", "accepted", "rejected", "corrected", "machine precision"],
      [
        ...s.tags.map((t) => [
          t.tag,
          tagById(t.tag)?.labelVi ?? "",
          t.spans,
          t.tagged,
          t.accepted,
          t.rejected,
          t.corrected,
          percent(t.machinePrecision),
        ]),
        [
          "**all**",
          "",
          s.spans,
          s.statuses.tagged,
          s.statuses.accepted,
          s.statuses.rejected,
          s.statuses.corrected,
          percent(s.overall.machinePrecision),
        ],
      ],
    ),
    "",
  );
  out.push(
    "## Statuses",
    "",
    table(
      ["status", "spans"],
      (["tagged", "accepted", "rejected", "corrected"] as const).map((k) => [k, s.statuses[k]]),
    ),
    "",
    "Rejected suggestions are kept in the span JSONL, CSV and W3C exports (they record what the machine got",
    "wrong) and left out of the IOB2 and Label Studio exports (they are not facts).",
    "",
  );
  countsBy("Reviewers", "reviewer", s.reviewers);
  return `${out.join("\n").replace(/\n{3,}/g, "\n\n")}\n`;
}
