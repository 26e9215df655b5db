// The code answer: a monospace textarea that works as a plain form field without
// JavaScript. With JavaScript it gains a line-number gutter, Tab and Shift+Tab indent and
// outdent (Escape, then Tab, leaves the field, so keyboard users are never trapped), and
// switching the language swaps in that language's starter code while the code is untouched.
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { CODE_LANGUAGE_NAMES, CODE_LANGUAGES, type CodeLanguage } from "../types.ts";

const INDENT = "  ";
const PYTHON_INDENT = "    ";

export interface CodeEditorProps {
  starters: Record<CodeLanguage, string>;
  language: CodeLanguage;
  code: string;
  error?: string;
}

function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

export function CodeEditor({ starters, language: initialLanguage, code: initialCode, error }: CodeEditorProps) {
  const hydrated = useHydrated();
  const [language, setLanguage] = useState<CodeLanguage>(initialLanguage);
  const [code, setCode] = useState(initialCode);
  const [tabMovesFocus, setTabMovesFocus] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  const gutter = useRef<HTMLDivElement>(null);
  const lines = Math.max(1, code.split("\n").length);

  function changeLanguage(next: CodeLanguage) {
    // Only an untouched starter is replaced; the candidate's own code is never thrown away.
    if (code.trim() === "" || code === starters[language]) setCode(starters[next]);
    setLanguage(next);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Escape") {
      setTabMovesFocus(true);
      return;
    }
    if (event.key !== "Tab" || tabMovesFocus) return;
    event.preventDefault();
    const target = event.currentTarget;
    const indent = language === "python" ? PYTHON_INDENT : INDENT;
    const { selectionStart: start, selectionEnd: end, value } = target;
    const lineStart = value.lastIndexOf("\n", start - 1) + 1;
    const block = value.slice(lineStart, end);
    let next: string;
    let cursorStart: number;
    let cursorEnd: number;
    if (event.shiftKey) {
      const outdented = block.replace(new RegExp(`^( {1,${indent.length}}|\\t)`, "gm"), "");
      next = value.slice(0, lineStart) + outdented + value.slice(end);
      cursorStart = Math.max(
        lineStart,
        start - (block.length - block.replace(new RegExp(`^( {1,${indent.length}}|\\t)`), "").length),
      );
      cursorEnd = end - (block.length - outdented.length);
    } else if (start === end) {
      next = value.slice(0, start) + indent + value.slice(end);
      cursorStart = cursorEnd = start + indent.length;
    } else {
      const indented = block.replace(/^/gm, indent);
      next = value.slice(0, lineStart) + indented + value.slice(end);
      cursorStart = start + indent.length;
      cursorEnd = end + (indented.length - block.length);
    }
    // The field is changed and the cursor placed at once, before the next key arrives; React
    // then finds the value it renders already there and leaves the cursor alone. (Placing the
    // cursor after the render put fast typing after Tab in the wrong place.)
    target.value = next;
    target.setSelectionRange(cursorStart, cursorEnd);
    setCode(next);
  }

  return (
    <div className="space-y-3">
      <div className="space-y-1">
        <label htmlFor="field-language" className="block text-sm font-medium text-stone-800">
          Language
        </label>
        <select
          id="field-language"
          name="language"
          value={language}
          onChange={(event) => changeLanguage(event.target.value as CodeLanguage)}
          className="block w-full max-w-xs rounded-md border border-stone-300 bg-white px-3 py-2 text-stone-900 shadow-sm"
        >
          {CODE_LANGUAGES.map((option) => (
            <option key={option} value={option}>
              {CODE_LANGUAGE_NAMES[option]}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="field-code" className="block text-sm font-medium text-stone-800">
          Your code
        </label>
        <p id="field-code-hint" className="text-sm text-stone-600">
          {hydrated
            ? "Tab indents and Shift+Tab outdents; press Escape first to move on with Tab. The code runs in a sandbox against the question's tests."
            : "Write the function in the language chosen above; the starting code is JavaScript. It runs in a sandbox against the question's tests."}
        </p>
        <div
          className={`flex overflow-hidden rounded-md border bg-stone-50 shadow-sm ${error ? "border-red-600" : "border-stone-300"}`}
        >
          {hydrated ? (
            <div
              ref={gutter}
              aria-hidden="true"
              className="select-none overflow-hidden border-r border-stone-200 bg-stone-100 px-2 py-2 text-right font-mono text-sm leading-6 text-stone-600"
            >
              {Array.from({ length: lines }, (_, i) => (
                <div key={i}>{i + 1}</div>
              ))}
            </div>
          ) : null}
          <textarea
            ref={area}
            id="field-code"
            name="code"
            rows={Math.min(28, Math.max(12, lines + 2))}
            value={hydrated ? code : undefined}
            defaultValue={hydrated ? undefined : initialCode}
            onChange={(event) => setCode(event.target.value)}
            onKeyDown={onKeyDown}
            onBlur={() => setTabMovesFocus(false)}
            onScroll={(event) => {
              if (gutter.current) gutter.current.scrollTop = event.currentTarget.scrollTop;
            }}
            spellCheck={false}
            autoCapitalize="off"
            autoComplete="off"
            wrap="off"
            aria-describedby={`field-code-hint${error ? " field-code-error" : ""}`}
            aria-invalid={error ? true : undefined}
            className="block min-w-0 flex-1 resize-y overflow-auto bg-white px-3 py-2 font-mono text-sm leading-6 text-stone-900 outline-none"
          />
        </div>
        {error ? (
          <p id="field-code-error" className="text-sm text-red-700">
            {error}
          </p>
        ) : null}
      </div>
    </div>
  );
}
