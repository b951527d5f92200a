// The two-layer gazetteer of administrative units (pre-2025 and post-July-2025).
export * from "./levels.ts";
export * from "./resolve.ts";
