// An optional practice timer. It needs JavaScript, so it renders nothing until React runs
// in the browser: without JavaScript the page simply has no timer.
import { useEffect, useState } from "react";
import { formatDuration } from "../feedback/delivery.ts";

function clock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

export function AnswerTimer({ suggestedMinutes }: { suggestedMinutes: number }) {
  const [mounted, setMounted] = useState(false);
  const [running, setRunning] = useState(false);
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => setMounted(true), []);
  useEffect(() => {
    if (!running) return;
    const tick = setInterval(() => setElapsed((seconds) => seconds + 1), 1000);
    return () => clearInterval(tick);
  }, [running]);
  if (!mounted) return null;

  const over = elapsed > suggestedMinutes * 60;
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-md border border-stone-200 bg-stone-50 px-3 py-2 text-sm">
      {/* role="timer" is not announced every second; the status line below is. */}
      <span role="timer" aria-label="Time spent on this answer" className="font-mono text-base tabular-nums">
        {clock(elapsed)}
      </span>
      <span role="status" className={over ? "font-medium text-red-800" : "text-stone-700"}>
        {over
          ? `Over the suggested ${formatDuration(suggestedMinutes * 60)}`
          : `Suggested: ${formatDuration(suggestedMinutes * 60)}`}
      </span>
      <button
        type="button"
        onClick={() => setRunning(!running)}
        className="rounded border border-stone-300 bg-white px-3 py-1 font-medium hover:bg-stone-100"
      >
        {running ? "Pause timer" : elapsed === 0 ? "Start timer" : "Resume timer"}
      </button>
      {elapsed > 0 ? (
        <button
          type="button"
          onClick={() => {
            setRunning(false);
            setElapsed(0);
          }}
          className="rounded border border-stone-300 bg-white px-3 py-1 font-medium hover:bg-stone-100"
        >
          Reset timer
        </button>
      ) : null}
    </div>
  );
}
