import { createContext, useContext } from "react";

// The per-response CSP nonce, known only while rendering on the server. In the browser it
// is empty: scripts added after hydration are trusted through 'strict-dynamic'.
const NonceContext = createContext("");

export const NonceProvider = NonceContext.Provider;

export function useNonce(): string {
  return useContext(NonceContext);
}
