// A reader for the block-style YAML that RenderCV's example files use (mappings,
// sequences, plain and quoted scalars, folded plain continuation lines). Enough to take
// ground truth from tests/fixtures/resumes/*.yaml without a YAML dependency.
export type YamlValue = string | null | YamlValue[] | { [key: string]: YamlValue };

interface Line {
  indent: number;
  text: string;
}

const MAPPING_ENTRY = /^([^'"\s-][^:]*|"[^"]*"|'[^']*'):(?:\s+(.*))?$/u;

function scalar(raw: string): string | null {
  const text = raw.trim();
  if (text === "" || text === "~" || text === "null") return null;
  if (text.startsWith("'") && text.endsWith("'")) return text.slice(1, -1).replace(/''/gu, "'");
  if (text.startsWith('"') && text.endsWith('"')) return JSON.parse(text) as string;
  return text;
}

/** A plain scalar folds following lines that are indented deeper than its owner. */
function foldedScalar(lines: Line[], start: number, first: string, ownerIndent: number): [string | null, number] {
  let text = first;
  let i = start;
  while (i < lines.length && lines[i].indent > ownerIndent && !/^['"]/u.test(first)) {
    text += ` ${lines[i].text}`;
    i += 1;
  }
  return [scalar(text), i];
}

function parseBlock(lines: Line[], i: number, indent: number): [YamlValue, number] {
  return lines[i].text.startsWith("-") ? parseSequence(lines, i, indent) : parseMapping(lines, i, indent);
}

function parseSequence(lines: Line[], start: number, indent: number): [YamlValue[], number] {
  const items: YamlValue[] = [];
  let i = start;
  while (i < lines.length && lines[i].indent === indent && /^-(?:\s|$)/u.test(lines[i].text)) {
    const rest = lines[i].text.slice(1).trim();
    if (rest === "") {
      const [value, next] =
        i + 1 < lines.length && lines[i + 1].indent > indent
          ? parseBlock(lines, i + 1, lines[i + 1].indent)
          : [null, i + 1];
      items.push(value);
      i = next;
    } else if (MAPPING_ENTRY.test(rest)) {
      const nested = [...lines];
      nested[i] = { indent: indent + 2, text: rest };
      const [value, next] = parseMapping(nested, i, indent + 2);
      items.push(value);
      i = next;
    } else {
      const [value, next] = foldedScalar(lines, i + 1, rest, indent);
      items.push(value);
      i = next;
    }
  }
  return [items, i];
}

function parseMapping(lines: Line[], start: number, indent: number): [{ [key: string]: YamlValue }, number] {
  const map: { [key: string]: YamlValue } = {};
  let i = start;
  while (i < lines.length && lines[i].indent === indent && !/^-(?:\s|$)/u.test(lines[i].text)) {
    const match = lines[i].text.match(MAPPING_ENTRY);
    if (!match) throw new Error(`Unsupported YAML line: ${lines[i].text}`);
    const key = scalar(match[1]) ?? "";
    const value = match[2] ?? "";
    if (value !== "") {
      const [parsed, next] = foldedScalar(lines, i + 1, value, indent);
      map[key] = parsed;
      i = next;
      continue;
    }
    const next = lines[i + 1];
    // A sequence may sit at its key's own indentation.
    if (next && (next.indent > indent || (next.indent === indent && /^-(?:\s|$)/u.test(next.text)))) {
      const [parsed, after] = parseBlock(lines, i + 1, next.indent);
      map[key] = parsed;
      i = after;
    } else {
      map[key] = null;
      i += 1;
    }
  }
  return [map, i];
}

export function parseYamlSubset(source: string): YamlValue {
  const lines: Line[] = source
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.trim().startsWith("#"))
    .map((line) => ({ indent: line.length - line.trimStart().length, text: line.trim() }));
  if (lines.length === 0) return null;
  return parseBlock(lines, 0, lines[0].indent)[0];
}
