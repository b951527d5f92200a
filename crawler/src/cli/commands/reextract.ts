import type { Command } from "commander";
import { loadRegistry } from "../../sources/index.ts";
import { openStore } from "../../store/index.ts";
import { reextractAll } from "../../store/reextract.ts";

export function registerReextract(program: Command): void {
  program
    .command("reextract")
    .description("re-run decoding, cleaning and extraction over the stored raw pages; update changed records")
    .option("--data <dir>", "data folder", "./data")
    .option(
      "--sources <files...>",
      "registry files for the sources' layout families (default: what the store remembers)",
    )
    .action(async (opts: { data: string; sources?: string[] }) => {
      const registry = opts.sources ? await loadRegistry(opts.sources) : [];
      const store = await openStore(opts.data);
      try {
        const c = await reextractAll(store, registry);
        const lines = [
          `re-extracted ${c.pages} raw page(s) in ${opts.data}:`,
          `  updated ${c.updated}, unchanged ${c.unchanged}, new ${c.inserted}, off topic ${c.dropped}, failed ${c.failed}`,
          ...[...new Set(c.notes)].map((note) => `  note: ${note}`),
        ];
        process.stdout.write(`${lines.join("\n")}\n`);
      } finally {
        await store.close();
      }
    });
}
