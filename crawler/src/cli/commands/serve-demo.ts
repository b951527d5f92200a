import type { Command } from "commander";

export function registerServeDemo(program: Command): void {
  program
    .command("serve-demo")
    .description("serve the offline demo portals on loopback until interrupted")
    .option("--port <n>", "first port; each portal family gets the next ones", "8710")
    .action(async () => {
      throw new Error("serve-demo: not implemented yet");
    });
}
