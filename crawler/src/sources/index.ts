export { checkedInRegistryPaths, SOURCES_DIR } from "./paths.ts";
export { activeSources, checkRegistry, loadRegistry, parseRegistryFile, RegistryError } from "./registry.ts";
