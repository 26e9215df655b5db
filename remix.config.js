/** @type {import('@remix-run/dev').AppConfig} */
export default {
  // The Express server entry is compiled with the app into build/index.js (see app/server/main.ts).
  server: "app/server/main.ts",
  ignoredRouteFiles: ["**/.*", "**/*.test.*", "**/components/**"],
  serverModuleFormat: "esm",
  serverPlatform: "node",
  postcss: true,
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_singleFetch: true,
    v3_lazyRouteDiscovery: true,
  },
};
