import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { runCrawl } from "../../crawl/run.ts";
import { DEFAULT_BASE_PORT, startDemoServer } from "../../demo/server.ts";
import { exportRecords } from "../../export/records.ts";
import { openStore } from "../../store/index.ts";
import { createProgress, summaryLines } from "../progress.ts";
import { parseOnOff, parsePositiveInt } from "./crawl.ts";

const REPO_ROOT = resolve(fileURLToPath(new URL("../../../../", import.meta.url)));

/** Builds the extension with its own npm script; a failure is reported, never fatal to the demo. */
function buildExtension(): Promise<{ ok: boolean; detail: string }> {
  return new Promise((done) => {
    const child = spawn("npm", ["run", "build", "-w", "extension"], {
      cwd: REPO_ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", (error) => done({ ok: false, detail: error.message }));
    child.on("close", (code) => {
      const last = output.trim().split("\n").filter(Boolean).slice(-1)[0] ?? "";
      done(
        code === 0
          ? { ok: true, detail: join(REPO_ROOT, "extension/build/chrome-mv3-prod") }
          : { ok: false, detail: `exit ${code}: ${last}` },
      );
    });
  });
}

export function registerDemo(program: Command): void {
  program
    .command("demo")
    .description(
      "serve the offline demo portals, crawl them into DIR, export DIR/records.jsonl, build the extension, print a summary",
    )
    .option("--data <dir>", "data folder", "./data/demo")
    .option(
      "--port <n>",
      "first port of the demo portals (fixed ports keep record URLs stable between runs)",
      parsePositiveInt,
      DEFAULT_BASE_PORT,
    )
    .option(
      "--politeness <on|off>",
      "per-host limits (the demo sources ask for 50 ms between requests)",
      parseOnOff,
      true,
    )
    .option("--no-extension", "skip building the browser extension")
    .action(async (opts: { data: string; port: number; politeness: boolean; extension: boolean }) => {
      const say = (line: string) => process.stdout.write(`${line}\n`);
      const dataDir = resolve(opts.data);
      mkdirSync(dataDir, { recursive: true });
      const server = await startDemoServer({ basePort: opts.port });
      say(`demo portals: ${server.portals.map((p) => `${p.family} ${p.origin}`).join(", ")}`);
      const store = await openStore(dataDir);
      const progress = createProgress();
      try {
        const summary = await runCrawl(store, {
          sources: server.sources(),
          politeness: opts.politeness,
          onEvent: (event) => progress.onEvent(event),
        });
        progress.stop();
        const recordsPath = join(dataDir, "records.jsonl");
        const exported = await exportRecords(store, { format: "jsonl", out: recordsPath });
        const extension = opts.extension ? await buildExtension() : null;
        say("");
        for (const line of summaryLines(summary)) say(line);
        say(`records        ${recordsPath} (${exported.records} records)`);
        say(`database       ${join(dataDir, "db")} (records, crawl state)`);
        say(`raw pages      ${join(dataDir, "raw")} (gzip packs, for \`vnfacts reextract\`)`);
        if (extension)
          say(`extension      ${extension.ok ? extension.detail : `build failed (${extension.detail})`}`);
        else say("extension      not built (--no-extension)");
      } finally {
        progress.stop();
        await store.close();
        await server.close();
      }
    });
}
