import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";

/** The `vnfacts` launcher (runs the TypeScript CLI through tsx). */
export const VNFACTS_BIN = join(import.meta.dirname, "../../crawler/bin/vnfacts.js");

const run = promisify(execFile);

/** `vnfacts <args>` in a child process: its stdout; rejects with `code` and `stderr` on a non-zero exit. */
export async function vnfacts(...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [VNFACTS_BIN, ...args], {
    env: { ...process.env, NO_COLOR: "1" },
  });
  return stdout;
}
