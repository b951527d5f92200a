export * from "./annotation.ts";
export * from "./common.ts";
export * from "./export.ts";
export * from "./fact.ts";
export * from "./fixture.ts";
export * from "./record.ts";
export * from "./source.ts";
export * from "./taxonomy.ts";
