// One process per data folder: two PGlite instances writing the same files would corrupt them.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

export class DataFolderInUseError extends Error {
  constructor(dir: string, pid: number) {
    super(`data folder ${dir} is in use by process ${pid} (another crawl?); wait for it or stop it`);
    this.name = "DataFolderInUseError";
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes `<dir>/db.lock` for this process. A lock left by a process that no longer runs (killed with -9) is taken
 * over. Returns the release function.
 */
export async function lockDataFolder(dir: string): Promise<() => Promise<void>> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, "db.lock");
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await writeFile(path, `${process.pid}\n`, { flag: "wx" });
      return async () => {
        await rm(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const pid = Number.parseInt(await readFile(path, "utf8").catch(() => ""), 10);
      if (Number.isInteger(pid) && pid !== process.pid && alive(pid))
        throw new DataFolderInUseError(dir, pid);
      // Stale (or our own from an unclosed store): remove and try again.
      await rm(path, { force: true });
    }
  }
  throw new Error(`${path}: cannot take the lock`);
}
