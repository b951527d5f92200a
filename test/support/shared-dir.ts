import { join, resolve } from "node:path";

/**
 * The project's source material (seeds, gold, W3C tests) lives in `../shared` beside the repository
 * (`VNFACTS_SHARED_DIR` overrides). Tests read it in place, never copy it.
 */
export const SHARED_DIR = process.env.VNFACTS_SHARED_DIR ?? resolve(import.meta.dirname, "../../../shared");
export const SEEDS_DIR = join(SHARED_DIR, "seeds");
export const GOLD_DIR = join(SHARED_DIR, "gold");
export const W3C_TESTS_DIR = join(SHARED_DIR, "w3c-annotation-tests");
