import { existsSync } from "node:fs";

/**
 * Where Chromium is. `CHROMIUM_PATH` (or Crawlee's `CRAWLEE_DEFAULT_BROWSER_PATH`) wins; then Debian's
 * `/usr/bin/chromium`; otherwise undefined, so Playwright uses its own downloaded browser on a normal machine.
 */
export function chromiumExecutablePath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH ?? process.env.CRAWLEE_DEFAULT_BROWSER_PATH;
  if (fromEnv) return fromEnv;
  for (const candidate of ["/usr/bin/chromium", "/usr/bin/chromium-browser"]) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** Flags that let Chromium run headless as root on a closed network. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
