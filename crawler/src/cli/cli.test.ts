import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const BIN = join(import.meta.dirname, "../../bin/vnfacts.js");
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });

describe("vnfacts CLI", () => {
  it("lists every command in --help", () => {
    const r = run("--help");
    expect(r.status).toBe(0);
    for (const cmd of [
      "crawl",
      "demo",
      "serve-demo",
      "schedule",
      "status",
      "export",
      "reextract",
      "extract",
      "dataset",
    ]) {
      expect(r.stdout).toMatch(new RegExp(`^\\s+${cmd}\\b`, "m"));
    }
  });

  it("refuses a bad argument with one line naming it and a non-zero exit", () => {
    const r = run("crawl", "--max-pages", "abc");
    expect(r.status).not.toBe(0);
    const lines = r.stderr.split("\n").filter((l) => l.trim() && !l.startsWith("npm warn"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^vnfacts: .*--max-pages.*abc/);
  });

  it("refuses an unknown command with one line", () => {
    const r = run("crwal");
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim()).toBe("vnfacts: unknown command 'crwal' (see --help)");
  });
});
