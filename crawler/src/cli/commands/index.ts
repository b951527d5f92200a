import type { Command } from "commander";
import { registerDataset } from "./dataset.ts";
import { registerServeDemo } from "./serve-demo.ts";

/** One line per command; each module owns its options and help. */
export function registerCommands(program: Command): void {
  registerServeDemo(program);
  registerDataset(program);
}
