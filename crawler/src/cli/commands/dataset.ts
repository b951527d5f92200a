import { agreement, agreementTable, buildDataset, orphanReasonCounts } from "@vnfacts/shared/dataset";
import { DATASET_FORMATS, type DatasetFormat } from "@vnfacts/shared/export";
import { type Command, Option } from "commander";
import { loadRecords, readAnnotationFiles } from "../../dataset/io.ts";
import { writeDataset } from "../../dataset/write.ts";

interface SourceOptions {
  data?: string;
  records?: string[];
  annotations: string[];
}

function addSourceOptions(cmd: Command): Command {
  return cmd
    .option("--data <dir>", "data folder of the crawler's store (records)")
    .option("--records <files...>", "records.jsonl file(s) from `vnfacts export`, instead of the store")
    .requiredOption(
      "--annotations <files...>",
      "annotation files: W3C JSON-LD (annotation, array, collection) or JSONL",
    );
}

export function registerDataset(program: Command): void {
  const dataset = program
    .command("dataset")
    .description("join reviewer annotations with crawled records into datasets for NLP tools");

  addSourceOptions(
    dataset
      .command("build")
      .description("re-anchor annotations on the records' bodies, write the dataset and datasheet.md"),
  )
    .addOption(new Option("--format <format>", "dataset format").choices(DATASET_FORMATS).default("jsonl"))
    .requiredOption("--out <dir>", "output folder")
    .action(async (opts: SourceOptions & { format: DatasetFormat; out: string }) => {
      const { annotations, files } = await readAnnotationFiles(opts.annotations);
      const records = await loadRecords(opts);
      const result = buildDataset(records, annotations);
      const total = result.anchored + result.orphans.length;
      const say = (line: string) => process.stdout.write(`${line}\n`);
      for (const f of files) say(`read ${f.count} annotation(s) from ${f.path} (${f.format})`);
      say(`${records.length} record(s)`);
      if (result.duplicates) say(`${result.duplicates} duplicate annotation id(s): the latest edit kept`);
      const m = result.methods;
      say(
        `anchored ${result.anchored} of ${total} (position ${m.position}, quote ${m.quote}, fuzzy ${m.fuzzy}) in ${result.documents.length} document(s)`,
      );
      const reasons = orphanReasonCounts(result);
      say(
        `orphaned ${result.orphans.length}${reasons.length ? `: ${reasons.map((r) => `${r.reason} ${r.count}`).join(", ")}` : ""}`,
      );
      for (const o of result.orphans.slice(0, 10)) say(`  ${o.reason}: ${o.annotation.id} — ${o.detail}`);
      if (result.orphans.length > 10) say(`  … ${result.orphans.length - 10} more in orphans.jsonl`);
      const { written, notes } = await writeDataset(opts.out, opts.format, result, annotations, {
        recordsTotal: records.length,
        inputs: opts.annotations,
        generatedAt: new Date().toISOString(),
      });
      for (const n of notes) say(n);
      for (const w of written) say(`wrote ${w}`);
    });

  addSourceOptions(
    dataset
      .command("agreement")
      .description(
        "span-level agreement (exact and overlap F1 per tag) between two reviewers on the same articles",
      ),
  )
    .option("--reviewers <names...>", "the two reviewers to compare (default: the only two in the files)")
    .action(async (opts: SourceOptions & { reviewers?: string[] }) => {
      if (opts.reviewers && opts.reviewers.length !== 2)
        throw new Error("--reviewers: name exactly two reviewers");
      const { annotations } = await readAnnotationFiles(opts.annotations);
      const records = await loadRecords(opts);
      const result = buildDataset(records, annotations);
      const report = agreement(result.documents, opts.reviewers as [string, string] | undefined);
      process.stdout.write(agreementTable(report));
      if (result.orphans.length)
        process.stdout.write(`(${result.orphans.length} orphaned annotation(s) left out)\n`);
    });
}
