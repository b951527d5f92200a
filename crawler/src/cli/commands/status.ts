import type { Command } from "commander";
import { openStore } from "../../store/index.ts";
import { parsePositiveInt } from "./crawl.ts";

export function registerStatus(program: Command): void {
  program
    .command("status")
    .description("what the last crawl runs did, and the pages that failed with their reasons")
    .option("--data <dir>", "data folder", "./data")
    .option("--runs <n>", "how many recent runs to show", parsePositiveInt, 5)
    .option("--failures <n>", "how many failures to list", parsePositiveInt, 20)
    .option("--json", "print one JSON object instead of text")
    .action(async (opts: { data: string; runs: number; failures: number; json?: boolean }) => {
      const store = await openStore(opts.data);
      try {
        const runs = await store.runs(opts.runs);
        const failures = await store.failures(opts.failures);
        const records = await store.countRecords();
        if (opts.json) {
          process.stdout.write(`${JSON.stringify({ records, runs, failures })}\n`);
          return;
        }
        const out: string[] = [`${records} record(s) in ${opts.data}`, "", "recent runs:"];
        if (runs.length === 0) out.push("  (none yet: run `vnfacts crawl`)");
        for (const r of runs) {
          const took = r.finishedAt
            ? `${((Date.parse(r.finishedAt) - Date.parse(r.startedAt)) / 1000).toFixed(1)} s`
            : "—";
          out.push(
            `  #${r.id} ${r.startedAt} ${r.status.padEnd(11)} sources ${r.sources}, fetched ${r.pagesFetched}, kept ${r.kept} (updated ${r.updated}), dropped ${r.dropped}, failed ${r.failed}, ${took}${r.note ? ` — ${r.note}` : ""}`,
          );
        }
        out.push("", "failures:");
        if (failures.length === 0) out.push("  (none)");
        for (const f of failures)
          out.push(
            `  ${f.url} [${f.kind}, ${f.sourceId}, ${f.attempts} attempt(s)${f.lastFetchedAt ? `, ${f.lastFetchedAt}` : ""}]: ${f.failureReason ?? "?"}`,
          );
        process.stdout.write(`${out.join("\n")}\n`);
      } finally {
        await store.close();
      }
    });
}
