import { type Command, Option } from "commander";
import { type ExportFormat, exportRecords } from "../../export/records.ts";
import { openStore } from "../../store/index.ts";

export function registerExport(program: Command): void {
  program
    .command("export")
    .description("write the stored records as JSONL (one ArticleRecord per line) or CSV (one row per record)")
    .option("--data <dir>", "data folder", "./data")
    .addOption(new Option("--format <format>", "output format").choices(["jsonl", "csv"]).default("jsonl"))
    .option("--out <file>", "output file (default: standard output)")
    .option("--source <id>", "only the records of this source")
    .action(async (opts: { data: string; format: ExportFormat; out?: string; source?: string }) => {
      const store = await openStore(opts.data);
      try {
        const { records } = await exportRecords(store, {
          format: opts.format,
          out: opts.out ?? process.stdout,
          ...(opts.source ? { sourceId: opts.source } : {}),
        });
        // The count goes to stderr so stdout stays pure data when piping.
        process.stderr.write(
          `exported ${records} record(s) as ${opts.format}${opts.out ? ` to ${opts.out}` : ""}\n`,
        );
      } finally {
        await store.close();
      }
    });
}
