/**
 * The WebExtension API with promises in both browsers: Firefox's `browser` namespace (its `chrome` namespace
 * is callback-only in MV2), else Chrome's `chrome` (promise-returning in MV3). Same shapes for what we use.
 */
export const ext: typeof chrome = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
