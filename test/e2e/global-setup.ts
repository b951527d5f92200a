import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * Builds the browser extension once for the whole end-to-end suite (Chrome MV3 and Firefox MV2, as
 * `npm run build -w extension` does), so every test loads the code of this checkout.
 * `VNFACTS_SKIP_EXTENSION_BUILD=1` reuses an existing build (quicker local reruns).
 */
export default async function setup(): Promise<void> {
  const built = existsSync(join(repo, "extension/build/chrome-mv3-prod/manifest.json"));
  if (process.env.VNFACTS_SKIP_EXTENSION_BUILD === "1" && built) return;
  execFileSync("npm", ["run", "build", "-w", "extension"], { cwd: repo, stdio: "inherit" });
}
