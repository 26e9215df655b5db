import http from "node:http";

export interface StreamedPost {
  status: number;
  body: string;
  sentBytes: number;
}

/**
 * A POST written by hand: the headers, then `chunk()` again and again until the server
 * answers or `maxBytes` are sent (then the body ends). With `holdBodyMs`, the headers go
 * first and the body only after that long. Resolves with the answer and how much was sent.
 */
export function postUntilAnswered(
  url: string,
  headers: Record<string, string>,
  opts: { chunk: () => Buffer; maxBytes: number; holdBodyMs?: number },
): Promise<StreamedPost> {
  return new Promise((resolve, reject) => {
    // A connection of its own, as browsers keep it (alive: Node closes a "Connection: close"
    // one as soon as it has answered, however much body is still on the way), and one no
    // later request reuses with half a body left in it.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const req = http.request(url, { method: "POST", headers, agent });
    req.on("close", () => agent.destroy());
    let sentBytes = 0;
    let answered = false;
    req.on("response", (res) => {
      answered = true;
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (text: string) => (body += text));
      res.on("end", () => {
        resolve({ status: res.statusCode ?? 0, body, sentBytes });
        req.destroy();
      });
    });
    req.on("error", (error) => {
      if (!answered) reject(error);
    });
    const pump = () => {
      while (!answered && sentBytes < opts.maxBytes) {
        const chunk = opts.chunk();
        sentBytes += chunk.length;
        // Back to the event loop before writing on, as a client reading its answer between
        // writes does: a write the kernel takes at once completes without one, so a loop on
        // "drain" alone could send hundreds of megabytes without ever reading the socket.
        if (!req.write(chunk)) return void req.once("drain", () => setImmediate(pump));
      }
      if (!answered) req.end();
    };
    if (opts.holdBodyMs === undefined) return pump();
    req.flushHeaders();
    setTimeout(pump, opts.holdBodyMs);
  });
}
