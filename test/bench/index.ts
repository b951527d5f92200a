// `npm run bench`: runs every test/bench/*.bench.ts in turn, each in its own Node process (so one bench's
// memory and JIT state never colour the next), and fails if any of them fails.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

let failed = 0;
for (const bench of benches) {
  process.stdout.write(`\n── ${bench} ──\n`);
  const result = spawnSync(process.execPath, ["--import", "tsx", join(here, bench)], { stdio: "inherit" });
  if (result.status !== 0) {
    failed++;
    process.stdout.write(`${bench}: FAILED (exit ${result.status ?? result.signal})\n`);
  }
}
process.stdout.write(`\n${benches.length - failed}/${benches.length} benchmarks ran\n`);
if (failed) process.exitCode = 1;
