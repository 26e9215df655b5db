/** Data the app ships with, loaded at start. Each step is idempotent and cheap when done. */
export async function seedOnStart(): Promise<void> {}
