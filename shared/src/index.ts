// The public surface of @vnfacts/shared. Submodules are also importable as `@vnfacts/shared/<folder>`.

export * from "./ids.ts";
export * from "./schema/index.ts";
