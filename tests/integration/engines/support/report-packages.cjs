// Preloaded into a server (node --require) by lazy-postgres-driver.test.ts: on SIGUSR2 it
// prints which packages the process has loaded so far. Node's CommonJS cache holds every
// CommonJS file, also those an ES module imported; `pg` is CommonJS, whoever loads it.
process.on("SIGUSR2", () => {
  const packages = new Set();
  for (const file of Object.keys(require.cache)) {
    const match = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(file);
    if (match) packages.add(match[1].replace(/\\/g, "/"));
  }
  process.stderr.write(`loaded packages: ${JSON.stringify([...packages].sort())}\n`);
});
