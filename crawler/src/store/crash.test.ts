// kill -9 in the middle of writing, then resume: the same records, no duplicates, no gaps.
import { spawn } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { openStore } from "./index.ts";

const WRITER = fileURLToPath(new URL("./crash-writer.ts", import.meta.url));
const COUNT = 120;

/** Runs the writer; with `killAfter`, SIGKILLs it once that many articles are done. Resolves with lines done. */
function runWriter(
  dataDir: string,
  killAfter?: number,
): Promise<{ done: number; finished: boolean; signal: string | null }> {
  return new Promise((resolve, reject) => {
    // `node --import tsx` rather than the tsx binary: the binary forks, and SIGKILL must hit the writer itself.
    const child = spawn(process.execPath, ["--import", "tsx", WRITER, dataDir, String(COUNT)], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let done = 0;
    let finished = false;
    let buffered = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split("\n");
      buffered = lines.pop()!;
      for (const line of lines) {
        if (line.startsWith("done ")) done++;
        if (line === "finished") finished = true;
        if (killAfter !== undefined && done >= killAfter && child.exitCode === null) child.kill("SIGKILL");
      }
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (signal !== "SIGKILL" && code !== 0) reject(new Error(`writer exited ${code}: ${stderr}`));
      else resolve({ done, finished, signal });
    });
  });
}

describe("store after kill -9", () => {
  it("recovers, keeps every completed write, and a resumed run completes the set exactly once", async () => {
    const dir = await mkdtemp(join(tmpdir(), "vnfacts-crash-"));
    const first = await runWriter(dir, 25);
    expect(first.signal).toBe("SIGKILL");
    expect(first.finished).toBe(false);
    // A second kill, during the resumed run.
    const again = await runWriter(dir, 20);
    expect(again.signal).toBe("SIGKILL");

    // Reopen after the crash: every article reported done is durable, and states agree with records.
    const store = await openStore(dir);
    const kept = await store.countRecords();
    const states = await Promise.all(
      Array.from({ length: COUNT }, (_, i) =>
        store.getUrlState(`https://crash.example.vn/tin-tuc/bai-${String(i).padStart(4, "0")}.html`),
      ),
    );
    const finishedStates = states.filter((s) => s && s.status !== "pending");
    expect(finishedStates.length).toBeGreaterThanOrEqual(first.done + again.done);
    expect(finishedStates.length).toBeLessThan(COUNT);
    expect(states.filter((s) => s?.status === "kept").length).toBe(kept);
    expect((await store.runs())[0]!.status).toBe("interrupted");
    await store.close();

    const second = await runWriter(dir);
    expect(second.finished).toBe(true);
    // Nothing done before the kill is done again.
    expect(second.done).toBe(COUNT - finishedStates.length);

    const after = await openStore(dir);
    expect(await after.countRecords()).toBe(COUNT - COUNT / 5);
    const ids = [];
    for await (const record of after.iterateRecords()) ids.push(record.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(await after.pendingArticles()).toEqual([]);
    let raw = 0;
    for await (const _ of after.iterateRawPages()) raw++;
    expect(raw).toBe(COUNT);
    await after.close();
  }, 120_000);
});
