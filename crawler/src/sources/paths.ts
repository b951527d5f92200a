import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** `crawler/sources/`, where the checked-in registry files live. */
export const SOURCES_DIR = fileURLToPath(new URL("../../sources/", import.meta.url));

/** The real-portal registry files (every `crawler/sources/*.json` except the demo registry), sorted. */
export function checkedInRegistryPaths(dir: string = SOURCES_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json") && name !== "demo.json")
    .sort()
    .map((name) => join(dir, name));
}
