import type { Source } from "@vnfacts/shared";
import { type Command, InvalidArgumentError } from "commander";
import type { CrawlSummary } from "../../crawl/events.ts";
import { runCrawl } from "../../crawl/run.ts";
import { checkedInRegistryPaths, loadRegistry } from "../../sources/index.ts";
import { openStore } from "../../store/index.ts";
import { createProgress, summaryLines } from "../progress.ts";

/** `--politeness on|off`. */
export function parseOnOff(value: string): boolean {
  if (value === "on") return true;
  if (value === "off") return false;
  throw new InvalidArgumentError(`expected "on" or "off", got "${value}"`);
}

export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1)
    throw new InvalidArgumentError(`expected a positive whole number, got "${value}"`);
  return n;
}

export interface CrawlCliOptions {
  sources?: string[];
  data: string;
  maxPages?: number;
  politeness: boolean;
}

/** The options `crawl` and `schedule` share. */
export function addCrawlOptions(command: Command): Command {
  return command
    .option("--sources <files...>", "registry files (default: every crawler/sources/*.json except demo.json)")
    .option("--data <dir>", "data folder (database, raw pages)", "./data")
    .option("--max-pages <n>", "fetch at most N article pages this run", parsePositiveInt)
    .option(
      "--politeness <on|off>",
      "per-host delay and concurrency limits (off only for loopback tests and benchmarks)",
      parseOnOff,
      true,
    );
}

/** One crawl into `data` with progress on stderr; the store is closed afterwards. */
export async function crawlInto(
  sources: Source[],
  opts: Omit<CrawlCliOptions, "sources">,
): Promise<CrawlSummary> {
  const store = await openStore(opts.data);
  const progress = createProgress();
  try {
    return await runCrawl(store, {
      sources,
      maxPages: opts.maxPages,
      politeness: opts.politeness,
      onEvent: (event) => progress.onEvent(event),
    });
  } finally {
    progress.stop();
    await store.close();
  }
}

export function registerCrawl(program: Command): void {
  addCrawlOptions(
    program
      .command("crawl")
      .description(
        "discover and fetch new articles of the registry's portals, keep the relevant ones as records in the data folder",
      ),
  ).action(async (opts: CrawlCliOptions) => {
    const sources = await loadRegistry(opts.sources?.length ? opts.sources : checkedInRegistryPaths());
    const summary = await crawlInto(sources, opts);
    process.stdout.write(`${summaryLines(summary).join("\n")}\n`);
  });
}
