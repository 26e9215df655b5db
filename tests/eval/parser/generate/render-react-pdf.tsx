// Templates laid out by react-pdf (@react-pdf/renderer): flexbox layout, its own text
// engine and PDF writer. These two templates are held out; react-pdf-t.tsx adds tuning ones.
import { Document, Font, Page, StyleSheet, Text, View as Box, renderToBuffer } from "@react-pdf/renderer";
import { FONTS } from "./fonts.ts";
import { REACT_PDF_TUNING_TEMPLATES } from "./react-pdf-t.tsx";
import type { Renderer } from "./renderers.ts";
import { degreeText, makeView, type View } from "./view.ts";

Font.register({
  family: "Noto",
  fonts: [
    { src: FONTS.noto },
    { src: FONTS["noto-bold"], fontWeight: "bold" },
    { src: FONTS["noto-italic"], fontStyle: "italic" },
  ],
});
Font.register({
  family: "DejaVuSerif",
  fonts: [
    { src: FONTS.serif },
    { src: FONTS["serif-bold"], fontWeight: "bold" },
    { src: FONTS["serif-italic"], fontStyle: "italic" },
  ],
});
Font.registerHyphenationCallback((word) => [word]);

const contacts = (v: View) =>
  [v.person.email, v.person.phone, v.person.location, v.person.linkedin, v.person.github, v.person.website].filter(
    (x): x is string => Boolean(x),
  );
const up = (v: View, text: string) => (v.upperHeadings ? text.toUpperCase() : text);

function Cards({ v }: { v: View }) {
  const p = v.person;
  const s = StyleSheet.create({
    page: { fontFamily: "Noto", fontSize: 9, padding: 36, color: "#1f2937" },
    head: { flexDirection: "row", justifyContent: "space-between", marginBottom: 10 },
    name: { fontSize: 24, fontWeight: "bold" },
    h: {
      fontSize: 11,
      fontWeight: "bold",
      color: "#9333ea",
      borderBottom: "1pt solid #9333ea",
      marginTop: 10,
      marginBottom: 4,
    },
    card: { border: "0.6pt solid #d1d5db", borderRadius: 4, padding: 6, marginBottom: 5 },
    row: { flexDirection: "row", justifyContent: "space-between" },
    b: { fontWeight: "bold" },
    i: { fontStyle: "italic", color: "#4b5563" },
    chips: { flexDirection: "row", flexWrap: "wrap" },
    chip: {
      border: "0.6pt solid #9ca3af",
      borderRadius: 6,
      paddingHorizontal: 5,
      paddingVertical: 1,
      marginRight: 6,
      marginBottom: 4,
    },
  });
  return (
    <Page size="A4" style={s.page}>
      <Box style={s.head}>
        <Box>
          <Text style={s.name}>{p.name}</Text>
          <Text style={s.i}>{p.tagline}</Text>
        </Box>
        <Box style={{ alignItems: "flex-end" }}>
          {contacts(v).map((c) => (
            <Text key={c}>{c}</Text>
          ))}
        </Box>
      </Box>
      {v.showSummary ? (
        <>
          <Text style={s.h}>{up(v, v.headings.summary)}</Text>
          <Text>{p.summary}</Text>
        </>
      ) : null}
      {v.headings.experience ? <Text style={s.h}>{up(v, v.headings.experience)}</Text> : null}
      {p.jobs.map((job, i) => (
        <Box key={i} style={s.card} wrap={false}>
          <Box style={s.row}>
            <Text style={s.b}>{v.roleFirst ? job.title : job.company}</Text>
            <Text style={s.i}>{v.range(job.start, job.end)}</Text>
          </Box>
          <Text
            style={s.i}
          >{`${v.roleFirst ? job.company : job.title}${job.location ? `${v.sep}${job.location}` : ""}`}</Text>
          {job.bullets.map((b, j) => (
            <Text key={j}>{`• ${b}`}</Text>
          ))}
        </Box>
      ))}
      {p.schools.length ? <Text style={s.h}>{up(v, v.headings.education)}</Text> : null}
      {p.schools.map((school, i) => (
        <Box key={i} style={s.row}>
          <Text>
            <Text style={s.b}>{degreeText(v.r, school)}</Text>
            {`${v.sep}${school.institution}`}
          </Text>
          <Text style={s.i}>{v.range(school.start, school.end)}</Text>
        </Box>
      ))}
      <Text style={s.h}>{up(v, v.headings.skills)}</Text>
      <Box style={s.chips}>
        {p.skillGroups
          .flatMap((g) => g.skills)
          .map((skill) => (
            <Text key={skill} style={s.chip}>
              {skill}
            </Text>
          ))}
      </Box>
      {p.certifications.length ? <Text style={s.h}>{up(v, v.headings.certifications)}</Text> : null}
      {p.certifications.map((c) => (
        <Text key={c}>{c}</Text>
      ))}
    </Page>
  );
}

function Timeline({ v }: { v: View }) {
  const p = v.person;
  const s = StyleSheet.create({
    page: { fontFamily: "DejaVuSerif", fontSize: 9, paddingVertical: 40, paddingHorizontal: 44, color: "#111827" },
    name: { fontSize: 22, fontWeight: "bold", letterSpacing: 1.5 },
    contact: { flexDirection: "row", flexWrap: "wrap", marginTop: 4, marginBottom: 8, color: "#374151" },
    h: { fontSize: 10, fontWeight: "bold", letterSpacing: 2, marginTop: 12, marginBottom: 5, color: "#0e7490" },
    item: { flexDirection: "row", marginBottom: 6 },
    when: { width: 100, color: "#6b7280", paddingRight: 8 },
    what: { flex: 1, borderLeft: "1pt solid #a5f3fc", paddingLeft: 8 },
    b: { fontWeight: "bold" },
    i: { fontStyle: "italic" },
    label: { fontSize: 7.5, letterSpacing: 1, color: "#6b7280", marginTop: 3 },
  });
  const entry = (key: string, when: string, where: string | null, head: string, sub: string, lines: string[]) => (
    <Box key={key} style={s.item} wrap={false}>
      <Box style={s.when}>
        <Text>{when}</Text>
        {where ? <Text>{where}</Text> : null}
      </Box>
      <Box style={s.what}>
        <Text style={s.b}>{head}</Text>
        <Text style={s.i}>{sub}</Text>
        {lines.map((b, j) => (
          <Text key={j}>{`– ${b}`}</Text>
        ))}
      </Box>
    </Box>
  );
  return (
    <Page size="LETTER" style={s.page}>
      <Text style={s.name}>{p.name}</Text>
      <Box style={s.contact}>
        {contacts(v).map((c, i) => (
          <Text key={c}>{`${i > 0 ? "   " : ""}${c}`}</Text>
        ))}
      </Box>
      {v.showSummary ? (
        <>
          <Text style={s.h}>{v.headings.summary.toUpperCase()}</Text>
          <Text>{p.summary}</Text>
        </>
      ) : null}
      {v.headings.experience ? <Text style={s.h}>{v.headings.experience.toUpperCase()}</Text> : null}
      {p.jobs.map((job, i) =>
        entry(`j${i}`, v.range(job.start, job.end), job.location, job.company, job.title, job.bullets),
      )}
      {p.schools.length ? <Text style={s.h}>{v.headings.education.toUpperCase()}</Text> : null}
      {p.schools.map((school, i) =>
        entry(
          `s${i}`,
          v.range(school.start, school.end),
          school.location,
          school.institution,
          degreeText(v.r, school),
          [],
        ),
      )}
      <Text style={s.h}>{v.headings.skills.toUpperCase()}</Text>
      {p.skillGroups.map((g, i) => (
        <Box key={i}>
          {g.label ? <Text style={s.label}>{g.label.toUpperCase()}</Text> : null}
          <Text>{g.skills.join(", ")}</Text>
        </Box>
      ))}
      {p.certifications.length ? <Text style={s.h}>{v.headings.certifications.toUpperCase()}</Text> : null}
      {p.certifications.map((c) => (
        <Text key={c}>{c}</Text>
      ))}
    </Page>
  );
}

const TEMPLATES: Record<string, (props: { v: View }) => JSX.Element> = {
  "reactpdf-cards": Cards,
  "reactpdf-timeline": Timeline,
  ...REACT_PDF_TUNING_TEMPLATES,
};

export const reactPdfRenderer: Renderer = {
  async open() {},
  async render({ entry, seed, id, person }) {
    const Template = TEMPLATES[entry.template];
    if (!Template) throw new Error(`no react-pdf template ${entry.template}`);
    const view = makeView(person, seed, entry.split);
    const pdf = await renderToBuffer(
      <Document producer="react-pdf" title={`${person.name} resume`}>
        <Template v={view} />
      </Document>,
    );
    return {
      pdf: new Uint8Array(pdf),
      truth: view.truth({
        path: entry.path,
        template: entry.template,
        id,
        seed,
        provenance: `tests/eval/parser/generate/render-react-pdf.tsx laid out by @react-pdf/renderer 4`,
      }),
    };
  },
  async close() {},
};
