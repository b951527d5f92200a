import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Source } from "@vnfacts/shared";
import type { Command } from "commander";
import { checkedInRegistryPaths, loadRegistry, SOURCES_DIR } from "../../sources/index.ts";
import { openStore } from "../../store/index.ts";
import { reextractAll } from "../../store/reextract.ts";

/** Every checked-in registry file, the demo one included; a broken file only costs its layout hints. */
async function defaultRegistry(): Promise<Source[]> {
  const paths = [...checkedInRegistryPaths(), join(SOURCES_DIR, "demo.json")].filter((p) => existsSync(p));
  try {
    return await loadRegistry(paths);
  } catch (error) {
    process.stderr.write(`reextract: registry not used: ${(error as Error).message.split("\n")[0]}\n`);
    return [];
  }
}

export function registerReextract(program: Command): void {
  program
    .command("reextract")
    .description("re-run decoding, cleaning and extraction over the stored raw pages; update changed records")
    .option("--data <dir>", "data folder", "./data")
    .option(
      "--sources <files...>",
      "registry files for the sources' layout families (default: crawler/sources/*.json, then what the store remembers)",
    )
    .action(async (opts: { data: string; sources?: string[] }) => {
      const registry = opts.sources ? await loadRegistry(opts.sources) : await defaultRegistry();
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
