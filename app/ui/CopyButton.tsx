import { useEffect, useState } from "react";

/**
 * Copies text to the clipboard. Rendered only once JavaScript runs and the clipboard is
 * available: without them the text stays selectable and there is no dead button.
 */
export function CopyButton({ text, label = "Copy", what }: { text: string; label?: string; what?: string }) {
  const [available, setAvailable] = useState(false);
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => setAvailable(typeof navigator !== "undefined" && navigator.clipboard !== undefined), []);
  if (!available) return null;
  return (
    <button
      type="button"
      aria-label={what ? `Copy: ${what}` : undefined}
      className="rounded border border-stone-300 bg-white px-2 py-1 text-sm text-stone-800 hover:bg-stone-100"
      onClick={() => {
        navigator.clipboard.writeText(text).then(
          () => setState("copied"),
          () => setState("failed"),
        );
      }}
    >
      <span aria-live="polite">
        {state === "copied" ? "Copied" : state === "failed" ? "Copy failed: select the text" : label}
      </span>
    </button>
  );
}
