// Runs once before all test files. Kept small: each test file starts its own servers.
export default function setup() {
  process.env.NODE_ENV ??= "test";
}
