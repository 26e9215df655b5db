import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LayoffDocument } from "~/layoff/ui/LayoffDocument";
import { composeLayoffExplanation } from "~/layoff/compose";
import { layoffExplanationToText } from "~/layoff/to-text";
import { layoffInput, TODAY, TYPICAL_FORM } from "../../fixtures/layoff/inputs";

const input = layoffInput(TYPICAL_FORM, { delivered: "Shipped <img src=x onerror=alert(1)> & <b>more</b>" });
const explanation = composeLayoffExplanation(input, { today: TODAY });

describe("layoff document page", () => {
  it("shows each part under its own heading, with the spoken answer's length", () => {
    const html = renderToStaticMarkup(<LayoffDocument explanation={explanation} engine="builtin" engineNote={null} />);
    const headings = [...html.matchAll(/<h2[^>]*>([^<]+)<\/h2>/g)].map((m) => m[1]);
    expect(headings).toEqual([
      "Interview answer",
      "Why were you chosen?",
      "Cover letter",
      "LinkedIn post",
      "LinkedIn headline",
      "Resume gap line",
      "Things not to say",
    ]);
    expect(html).toContain(
      `${explanation.spokenAnswer.words} words, about ${explanation.spokenAnswer.seconds} seconds`,
    );
    expect(html).toContain("Written by the built-in writer.");
  });

  it("renders HTML in the user's words as visible text, never as markup", () => {
    const html = renderToStaticMarkup(<LayoffDocument explanation={explanation} engine="builtin" engineNote={null} />);
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<b>");
    expect(html).toContain("shipped &lt;img src=x onerror=alert(1)&gt; &amp; &lt;b&gt;more&lt;/b&gt;");
  });

  it("names the model that wrote it, or why the built-in writer stood in", () => {
    const byModel = renderToStaticMarkup(
      <LayoffDocument explanation={explanation} engine="llama3.1" engineNote={null} />,
    );
    expect(byModel).toContain("Written by llama3.1, checked against your facts.");
    const note = "The model took too long to answer. The built-in writer wrote this document instead.";
    const fallback = renderToStaticMarkup(
      <LayoffDocument explanation={explanation} engine="builtin" engineNote={note} />,
    );
    expect(fallback).toContain(`Written by the built-in writer. ${note}`);
  });

  it("has no copy buttons before JavaScript runs: the text is plain and selectable", () => {
    const html = renderToStaticMarkup(<LayoffDocument explanation={explanation} engine="builtin" engineNote={null} />);
    expect(html).not.toContain("<button");
  });

  it("has a plain-text version with every part, for download and search", () => {
    const text = layoffExplanationToText(explanation);
    expect(text).toMatch(/^Interview answer \(\d+ words, about \d+ seconds\)\n/);
    for (const part of [explanation.whyChosenAnswer, explanation.linkedinPost, explanation.resumeGapLine!]) {
      expect(text).toContain(part);
    }
    expect(text).toContain("Things not to say\n- “Unfortunately…” or “I'm sorry, but…”: ");
  });
});
