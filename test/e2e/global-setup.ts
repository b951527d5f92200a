// Global setup of the end-to-end suite. Filled in by the extension work (build the extension once).
export default async function setup(): Promise<void> {}
