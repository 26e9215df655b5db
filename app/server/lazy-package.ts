/**
 * A package loaded on first use instead of at start, for synchronous code that cannot await
 * `import()` (the English models of the writer and the interview feedback: together about
 * 70 MB and 2 s of start-up that most requests never need). Types stay static:
 * `lazyPackage<typeof import("compromise")>("compromise")`. Only for packages that also
 * ship a CommonJS build, which `require` loads; an ES module's default export is unwrapped
 * so both kinds read as `import x from "…"` would. Not a ".server" module, so modules that
 * may also be bundled for the browser can use it: it reaches Node's `require` only when a
 * package is first needed, which on a page would be a bug to fix in that page anyway.
 */
export function lazyPackage<Default>(name: string): () => Default {
  let loaded: Default | undefined;
  return () => {
    if (loaded === undefined) {
      const { createRequire } = process.getBuiltinModule("node:module");
      const exported = createRequire(import.meta.url)(name) as Default | { __esModule?: boolean; default?: Default };
      loaded =
        exported && typeof exported === "object" && "default" in exported && exported.default !== undefined
          ? exported.default
          : (exported as Default);
    }
    return loaded;
  };
}
