// The browser's side of the upload route: posts the form with XMLHttpRequest, because
// fetch cannot report how much of a request body has been sent.

export type UploadAnswer =
  | { kind: "saved"; documentId: string }
  | { kind: "refused"; message: string }
  /** Not the upload route's JSON (signed out, refused as cross-site…): the plain form post
   *  will show the server's own answer. */
  | { kind: "not_json" };

interface UploadRouteJson {
  documentId?: unknown;
  error?: unknown;
}

function answerOf(xhr: XMLHttpRequest): UploadAnswer {
  if (!xhr.getResponseHeader("Content-Type")?.startsWith("application/json")) return { kind: "not_json" };
  let body: UploadRouteJson;
  try {
    body = JSON.parse(xhr.responseText) as UploadRouteJson;
  } catch {
    return { kind: "not_json" };
  }
  if (typeof body.documentId === "string") return { kind: "saved", documentId: body.documentId };
  if (typeof body.error === "string") return { kind: "refused", message: body.error };
  return { kind: "not_json" };
}

/**
 * Resolves with the server's answer; rejects with a TypeError when the network fails and
 * with an AbortError when `signal` aborts. `onProgress` gets the share of the body sent
 * (0..1); `onSent` fires once all of it has been sent and the server is working on it.
 */
export function postWithProgress(
  url: string,
  form: FormData,
  handlers: { signal: AbortSignal; onProgress: (sent: number) => void; onSent: () => void },
): Promise<UploadAnswer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable && event.total > 0) handlers.onProgress(event.loaded / event.total);
    });
    xhr.upload.addEventListener("load", handlers.onSent);
    xhr.addEventListener("load", () => resolve(answerOf(xhr)));
    xhr.addEventListener("error", () => reject(new TypeError("The upload failed on the network.")));
    xhr.addEventListener("abort", () => reject(new DOMException("The upload was cancelled.", "AbortError")));
    handlers.signal.addEventListener("abort", () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}
