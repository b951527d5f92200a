import type { Command } from "commander";
import { registerCrawl } from "./crawl.ts";
import { registerDataset } from "./dataset.ts";
import { registerDemo } from "./demo.ts";
import { registerExport } from "./export.ts";
import { registerExtract } from "./extract.ts";
import { registerReextract } from "./reextract.ts";
import { registerSchedule } from "./schedule.ts";
import { registerServeDemo } from "./serve-demo.ts";
import { registerStatus } from "./status.ts";

/** One line per command; each module owns its options and help. */
export function registerCommands(program: Command): void {
  registerServeDemo(program);
  registerDataset(program);
  registerCrawl(program);
  registerDemo(program);
  registerSchedule(program);
  registerStatus(program);
  registerExport(program);
  registerReextract(program);
  registerExtract(program);
}
