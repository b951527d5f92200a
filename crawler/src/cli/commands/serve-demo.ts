import type { Command } from "commander";
import { startDemoServer } from "../../demo/server.ts";

function positiveInt(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`${name}: expected a non-negative integer, got ${value}`);
  return n;
}

export function registerServeDemo(program: Command): void {
  program
    .command("serve-demo")
    .description("serve the offline demo portals on loopback until interrupted")
    .option(
      "--port <n>",
      "base port; the portal families listen on the next ones (0 = any free ports)",
      "8710",
    )
    .option("--synthetic <n>", "also serve a generated portal with n articles (crawler benchmark)")
    .option("--host <host>", "loopback address to bind", "127.0.0.1")
    .action(async (options: { port: string; synthetic?: string; host: string }) => {
      const server = await startDemoServer({
        basePort: positiveInt("--port", options.port),
        host: options.host,
        synthetic: options.synthetic ? { articles: positiveInt("--synthetic", options.synthetic) } : false,
      });
      for (const portal of server.portals) {
        const label = portal.source.id.replace(/^demo-/, "");
        process.stdout.write(
          `${label.padEnd(12)} ${portal.origin}/  ${portal.manifest.articles.length} articles\n`,
        );
      }
      process.stdout.write("serving the demo portals; Ctrl-C to stop\n");
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off("SIGINT", stop);
          process.off("SIGTERM", stop);
          resolve();
        };
        process.on("SIGINT", stop);
        process.on("SIGTERM", stop);
      });
      await server.close();
    });
}
