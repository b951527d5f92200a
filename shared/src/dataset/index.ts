export * from "./agreement.ts";
export * from "./datasheet.ts";
export * from "./join.ts";
export * from "./reanchored.ts";
export * from "./stats.ts";
