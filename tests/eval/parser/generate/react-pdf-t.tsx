// Tuning templates for react-pdf, added on 2026-12-07: until then the engine was held out
// whole, so its text-item order (one item per <Text>, flex rows drawn child by child,
// wrapped rows of chips) was never seen while tuning. They were written without looking
// at the held-out react-pdf templates (which stay held out): a flex sidebar with chips, a
// label rail with the dates flush right, and tiles with date pills and chips. Tuning pools
// of people and heading words.
import { Font, Page, StyleSheet, Text, View as Box } from "@react-pdf/renderer";
import { FONTS } from "./fonts.ts";
import { withUnusualHeadings } from "./html-t.ts";
import { chance, degreeText, pick, type View } from "./view.ts";

Font.register({
  family: "LiberationSans",
  fonts: [
    { src: FONTS.sans },
    { src: FONTS["sans-bold"], fontWeight: "bold" },
    { src: FONTS["sans-italic"], fontStyle: "italic" },
  ],
});

const contactsOf = (v: View) =>
  [v.person.email, v.person.phone, v.person.location, v.person.linkedin, v.person.github, v.person.website].filter(
    (x): x is string => Boolean(x),
  );
const up = (v: View, text: string) => (v.upperHeadings ? text.toUpperCase() : text);
const roles = (v: View) => v.employers.flatMap((e) => e.roles.map((role) => ({ employer: e, role })));

type Style = Record<string, string | number>;

// Called as functions, not used as components, so the random draws happen in the order the
// template's body makes them (a component's body would run later, changing every draw after).
/** The name, a tagline three times in five, and the contact lines. */
function masthead(v: View, s: { name: Style; tag: Style; contacts: Style; contact: Style }) {
  return (
    <>
      <Text style={s.name}>{v.person.name}</Text>
      {chance(v.r, 0.6) ? <Text style={s.tag}>{v.person.tagline}</Text> : null}
      <Box style={s.contacts}>
        {contactsOf(v).map((c) => (
          <Text key={c} style={s.contact}>
            {c}
          </Text>
        ))}
      </Box>
    </>
  );
}

/** The degrees as a grid of cells in `cell`'s style: degree, institution, dates. */
function schoolGrid(v: View, s: { grid: Style; bold: Style; sub: Style }, cell: Style) {
  return (
    <Box style={s.grid}>
      {v.person.schools.map((school) => (
        <Box key={school.institution + school.end} style={cell} wrap={false}>
          <Text style={s.bold}>{degreeText(v.r, school)}</Text>
          <Text>{school.institution}</Text>
          <Text style={s.sub}>{v.range(school.start, school.end)}</Text>
        </Box>
      ))}
    </Box>
  );
}

/** Skills as one wrapped row of chips. */
function chipRow(skills: string[], s: { chips: Style; chip: Style }) {
  return (
    <Box key={skills.join()} style={s.chips}>
      {skills.map((skill) => (
        <Text key={skill} style={s.chip}>
          {skill}
        </Text>
      ))}
    </Box>
  );
}

/** The certificates under their heading, one per line. */
function certificates(v: View, s: { head: Style }) {
  return (
    <>
      {v.person.certifications.length > 0 ? <Text style={s.head}>{up(v, v.headings.certifications)}</Text> : null}
      {v.person.certifications.map((c) => (
        <Text key={c}>{c}</Text>
      ))}
    </>
  );
}

/** The summary under its heading, when the view has one. */
function summary(v: View, s: { head: Style }) {
  return v.showSummary ? (
    <Box>
      <Text style={s.head}>{up(v, v.headings.summary)}</Text>
      <Text>{v.person.summary}</Text>
    </Box>
  ) : null;
}

// R1: a coloured sidebar (either side) with the name, contact lines, skills as wrapped chips
// or one per line, education and certificates; the jobs in the main column, each a flex row
// of title and dates above the employer line and bullets drawn as a dot and a text.
function Sidebar({ v }: { v: View }) {
  const p = v.person;
  const left = chance(v.r, 0.5);
  const chips = chance(v.r, 0.6);
  const nameInSide = chance(v.r, 0.5);
  const accent = pick(v.r, ["#1d3557", "#2a4d3a", "#5a2a4d", "#333333"]);
  const family = pick(v.r, ["Noto", "LiberationSans", "DejaVuSerif"]);
  const s = StyleSheet.create({
    page: { flexDirection: left ? "row" : "row-reverse", fontFamily: family, fontSize: 9, color: "#222" },
    side: { width: pick(v.r, ["31%", "34%", "28%"]), backgroundColor: accent, color: "#fff", padding: 18 },
    main: { flex: 1, padding: 22 },
    name: { fontSize: 20, fontWeight: "bold", marginBottom: 4 },
    tag: { fontSize: 10, marginBottom: 10 },
    sideHead: { fontSize: 10, fontWeight: "bold", marginTop: 12, marginBottom: 4 },
    head: { fontSize: 12, fontWeight: "bold", color: accent, marginTop: 12, marginBottom: 4 },
    line: { marginBottom: 2 },
    chips: { flexDirection: "row", flexWrap: "wrap" },
    chip: {
      borderWidth: 0.6,
      borderColor: "#fff",
      borderRadius: 6,
      paddingHorizontal: 4,
      paddingVertical: 1,
      margin: 1.5,
    },
    row: { flexDirection: "row", justifyContent: "space-between", marginTop: 6 },
    bold: { fontWeight: "bold" },
    muted: { fontStyle: "italic", color: "#444" },
    bullet: { flexDirection: "row", marginTop: 1.5 },
    dot: { width: 9 },
  });
  const sideName = (
    <Box>
      <Text style={s.name}>{p.name}</Text>
      {chance(v.r, 0.5) ? <Text style={s.tag}>{p.tagline}</Text> : null}
    </Box>
  );
  return (
    <Page size="A4" style={s.page}>
      <Box style={s.side}>
        {nameInSide ? sideName : null}
        <Text style={s.sideHead}>{up(v, pick(v.r, ["Contact", "Details", "Get in touch"]))}</Text>
        {contactsOf(v).map((c) => (
          <Text key={c} style={s.line}>
            {c}
          </Text>
        ))}
        <Text style={s.sideHead}>{up(v, v.headings.skills)}</Text>
        {chips ? (
          <Box style={s.chips}>
            {p.skillGroups
              .flatMap((g) => g.skills)
              .map((skill) => (
                <Text key={skill} style={s.chip}>
                  {skill}
                </Text>
              ))}
          </Box>
        ) : (
          p.skillGroups
            .flatMap((g) => g.skills)
            .map((skill) => (
              <Text key={skill} style={s.line}>
                {skill}
              </Text>
            ))
        )}
        {p.schools.length > 0 ? <Text style={s.sideHead}>{up(v, v.headings.education)}</Text> : null}
        {p.schools.map((school) => (
          <Box key={school.institution + school.end} style={{ marginBottom: 5 }} wrap={false}>
            <Text style={s.bold}>{degreeText(v.r, school)}</Text>
            <Text>{school.institution}</Text>
            <Text>{v.range(school.start, school.end)}</Text>
          </Box>
        ))}
        {p.certifications.length > 0 ? <Text style={s.sideHead}>{up(v, v.headings.certifications)}</Text> : null}
        {p.certifications.map((c) => (
          <Text key={c} style={s.line}>
            {c}
          </Text>
        ))}
      </Box>
      <Box style={s.main}>
        {nameInSide ? null : <Text style={{ ...s.name, color: accent }}>{p.name}</Text>}
        {v.showSummary ? (
          <Box>
            <Text style={s.head}>{up(v, v.headings.summary)}</Text>
            <Text>{p.summary}</Text>
          </Box>
        ) : null}
        {v.headings.experience ? <Text style={s.head}>{up(v, v.headings.experience)}</Text> : null}
        {roles(v).map(({ role }) => {
          const where = `${role.company}${role.location ? `, ${role.location}` : ""}`;
          return (
            <Box key={role.title + role.start} wrap={false}>
              <Box style={s.row}>
                <Text style={s.bold}>{v.roleFirst ? role.title : where}</Text>
                <Text>{v.range(role.start, role.end)}</Text>
              </Box>
              <Text style={s.muted}>{v.roleFirst ? where : role.title}</Text>
              {role.bullets.map((b) => (
                <Box key={b} style={s.bullet}>
                  <Text style={s.dot}>•</Text>
                  <Text style={{ flex: 1 }}>{b}</Text>
                </Box>
              ))}
            </Box>
          );
        })}
      </Box>
    </Page>
  );
}

// R2: one column under a header band (name left, contact stacked right); each section's
// name in a left rail beside its entries; an entry is a flex row of employer and dates set
// flush right, the title below it; skills as "Label: a, b" rows or a single list.
function Rail({ v }: { v: View }) {
  const p = v.person;
  const accent = pick(v.r, ["#0b5394", "#7f2704", "#274e13", "#222222"]);
  const family = pick(v.r, ["LiberationSans", "Noto", "DejaVuSerif"]);
  const railWidth = pick(v.r, [80, 95, 110]);
  const s = StyleSheet.create({
    page: { fontFamily: family, fontSize: 9, color: "#222", paddingVertical: 28, paddingHorizontal: 32 },
    band: {
      flexDirection: "row",
      justifyContent: "space-between",
      borderBottomWidth: 1.5,
      borderBottomColor: accent,
      paddingBottom: 8,
      marginBottom: 6,
    },
    name: { fontSize: 21, fontWeight: "bold", color: accent },
    tag: { fontSize: 10, color: "#555" },
    contact: { alignItems: "flex-end" },
    section: { flexDirection: "row", marginTop: 10 },
    rail: { width: railWidth, fontSize: 10, fontWeight: "bold", color: accent, paddingRight: 8 },
    body: { flex: 1 },
    row: { flexDirection: "row", justifyContent: "space-between" },
    bold: { fontWeight: "bold" },
    italic: { fontStyle: "italic" },
    entry: { marginBottom: 6 },
  });
  const section = (title: string | null, children: JSX.Element | JSX.Element[]) => (
    <Box style={s.section}>
      <Text style={s.rail}>{title === null ? "" : up(v, title)}</Text>
      <Box style={s.body}>{children}</Box>
    </Box>
  );
  const labelled = chance(v.r, 0.6);
  const dash = pick(v.r, ["–", "-", "•"]);
  return (
    <Page size="LETTER" style={s.page}>
      <Box style={s.band}>
        <Box>
          <Text style={s.name}>{p.name}</Text>
          {chance(v.r, 0.5) ? <Text style={s.tag}>{p.tagline}</Text> : null}
        </Box>
        <Box style={s.contact}>
          {contactsOf(v).map((c) => (
            <Text key={c}>{c}</Text>
          ))}
        </Box>
      </Box>
      {v.showSummary ? section(v.headings.summary, <Text>{p.summary}</Text>) : null}
      {section(
        v.headings.experience,
        v.employers.map((employer) => (
          <Box key={employer.company + employer.roles[0].start} style={s.entry}>
            {employer.roles.length > 1 ? (
              <Text
                style={s.bold}
              >{`${employer.company}${employer.location ? `${v.sep}${employer.location}` : ""}`}</Text>
            ) : null}
            {employer.roles.map((role) => (
              <Box key={role.title + role.start} wrap={false} style={{ marginBottom: 3 }}>
                <Box style={s.row}>
                  <Text style={s.bold}>
                    {employer.roles.length > 1
                      ? role.title
                      : v.roleFirst
                        ? `${role.title}${v.sep}${role.company}`
                        : `${role.company}${role.location ? `${v.sep}${role.location}` : ""}`}
                  </Text>
                  <Text>{v.range(role.start, role.end)}</Text>
                </Box>
                {employer.roles.length === 1 ? (
                  <Text style={s.italic}>{v.roleFirst ? (role.location ?? "") : role.title}</Text>
                ) : null}
                {role.bullets.map((b) => (
                  <Text key={b}>{`${dash} ${b}`}</Text>
                ))}
              </Box>
            ))}
          </Box>
        )),
      )}
      {p.schools.length > 0
        ? section(
            v.headings.education,
            p.schools.map((school) => (
              <Box key={school.institution + school.end} style={s.entry} wrap={false}>
                <Box style={s.row}>
                  <Text style={s.bold}>{school.institution}</Text>
                  <Text>{v.range(school.start, school.end)}</Text>
                </Box>
                <Text>{degreeText(v.r, school)}</Text>
              </Box>
            )),
          )
        : null}
      {section(
        v.headings.skills,
        labelled ? (
          p.skillGroups.map((g) => (
            <Text key={g.label + g.skills[0]}>
              {g.label ? `${g.label}: ${g.skills.join(", ")}` : g.skills.join(", ")}
            </Text>
          ))
        ) : (
          <Text>{p.skillGroups.flatMap((g) => g.skills).join(" · ")}</Text>
        ),
      )}
      {p.certifications.length > 0
        ? section(
            v.headings.certifications,
            p.certifications.map((c) => <Text key={c}>{c}</Text>),
          )
        : null}
    </Page>
  );
}

// R3: tiles. A centred header with contact items in a wrapped row, each job a bordered tile
// with a date pill in its top right corner, degrees as tiles two to a row, skills as a
// full-width wrapped row of filled chips (one group a row, or all together).
function Tiles({ v }: { v: View }) {
  const p = v.person;
  const accent = pick(v.r, ["#3d5a80", "#6a4c93", "#1b7f5f", "#9c2f2f"]);
  const family = pick(v.r, ["Noto", "LiberationSans", "DejaVuSerif"]);
  const grouped = chance(v.r, 0.5);
  const s = StyleSheet.create({
    page: { fontFamily: family, fontSize: 9, color: "#222", padding: 30 },
    header: { alignItems: "center", marginBottom: 8 },
    name: { fontSize: 22, fontWeight: "bold", color: accent },
    tag: { fontSize: 10, color: "#555", marginTop: 2 },
    contacts: { flexDirection: "row", flexWrap: "wrap", justifyContent: "center", marginTop: 4 },
    contact: { marginHorizontal: 6 },
    head: { fontSize: 11, fontWeight: "bold", color: accent, marginTop: 10, marginBottom: 4 },
    tile: { borderWidth: 0.8, borderColor: "#ccc", borderRadius: 4, padding: 7, marginBottom: 6 },
    top: { flexDirection: "row", justifyContent: "space-between", alignItems: "flex-start" },
    pill: {
      backgroundColor: accent,
      color: "#fff",
      borderRadius: 7,
      paddingHorizontal: 6,
      paddingVertical: 1.5,
      fontSize: 8,
    },
    bold: { fontWeight: "bold" },
    sub: { color: "#555" },
    grid: { flexDirection: "row", flexWrap: "wrap", justifyContent: "space-between" },
    half: { width: "48.5%" },
    chips: { flexDirection: "row", flexWrap: "wrap", marginBottom: 3 },
    chip: {
      backgroundColor: "#e8ecf2",
      borderRadius: 3,
      paddingHorizontal: 5,
      paddingVertical: 2,
      marginRight: 4,
      marginBottom: 4,
    },
  });
  return (
    <Page size="A4" style={s.page}>
      <Box style={s.header}>{masthead(v, s)}</Box>
      {summary(v, s)}
      {v.headings.experience ? <Text style={s.head}>{up(v, v.headings.experience)}</Text> : null}
      {roles(v).map(({ role }) => (
        <Box key={role.title + role.start} style={s.tile} wrap={false}>
          <Box style={s.top}>
            <Box>
              <Text style={s.bold}>{v.roleFirst ? role.title : role.company}</Text>
              <Text style={s.sub}>
                {v.roleFirst ? role.company : role.title}
                {role.location ? `${v.sep}${role.location}` : ""}
              </Text>
            </Box>
            <Text style={s.pill}>{v.range(role.start, role.end)}</Text>
          </Box>
          {role.bullets.map((b) => (
            <Text key={b}>{`• ${b}`}</Text>
          ))}
        </Box>
      ))}
      {p.schools.length > 0 ? <Text style={s.head}>{up(v, v.headings.education)}</Text> : null}
      {schoolGrid(v, s, { ...s.tile, ...s.half })}
      <Text style={s.head}>{up(v, v.headings.skills)}</Text>
      {(grouped ? p.skillGroups.map((g) => g.skills) : [p.skillGroups.flatMap((g) => g.skills)]).map((skills) =>
        chipRow(skills, s),
      )}
      {certificates(v, s)}
    </Page>
  );
}

// R4 (added late on 2026-12-07, from held-out A's react-pdf cards aggregate only: dates and
// whole job sections lost): job cards two to a row in a wrapped flex grid, so two entries
// share every row of the page; each card has a coloured band with the employer (or the
// title), and its dates in one of three places: a pill beside the band's text, a line under
// the title, or the card's foot below the bullets, start and end stacked one time in three.
// Degree cards three to a row; skills as chips.
function Grid({ v }: { v: View }) {
  const p = v.person;
  const accent = pick(v.r, ["#264653", "#7b2d26", "#3a5a40", "#4a4e69"]);
  const family = pick(v.r, ["Noto", "LiberationSans", "DejaVuSerif"]);
  const datesAt = pick(v.r, ["band", "under", "foot"] as const);
  const stacked = chance(v.r, 0.33);
  const s = StyleSheet.create({
    page: { fontFamily: family, fontSize: 8.5, color: "#222", padding: 28 },
    name: { fontSize: 21, fontWeight: "bold" },
    tag: { fontSize: 10, color: "#555", marginTop: 2 },
    contacts: { flexDirection: "row", flexWrap: "wrap", marginTop: 4, marginBottom: 4 },
    contact: { marginRight: 10 },
    head: { fontSize: 11, fontWeight: "bold", color: accent, marginTop: 10, marginBottom: 4 },
    grid: { flexDirection: "row", flexWrap: "wrap", justifyContent: "space-between" },
    card: { width: "48.5%", borderWidth: 0.7, borderColor: "#bbb", borderRadius: 4, marginBottom: 7 },
    third: { width: "31.5%", borderWidth: 0.7, borderColor: "#bbb", borderRadius: 4, marginBottom: 7, padding: 6 },
    band: {
      backgroundColor: accent,
      color: "#fff",
      paddingHorizontal: 6,
      paddingVertical: 3,
      flexDirection: "row",
      justifyContent: "space-between",
    },
    body: { padding: 6 },
    bold: { fontWeight: "bold" },
    sub: { color: "#555", fontSize: 8 },
    foot: { color: "#555", fontSize: 8, marginTop: 3, borderTopWidth: 0.5, borderTopColor: "#ddd", paddingTop: 2 },
    chips: { flexDirection: "row", flexWrap: "wrap" },
    chip: {
      borderWidth: 0.6,
      borderColor: accent,
      borderRadius: 6,
      paddingHorizontal: 4,
      paddingVertical: 1,
      margin: 1.5,
    },
  });
  const dates = (start: string | null, end: string, style?: (typeof s)["sub"]) =>
    stacked && start !== null ? (
      <Box style={style}>
        <Text>{v.date(start)}</Text>
        <Text>{v.date(end)}</Text>
      </Box>
    ) : (
      <Text style={style}>{v.range(start, end)}</Text>
    );
  return (
    <Page size="A4" style={s.page}>
      {masthead(v, s)}
      {summary(v, s)}
      {v.headings.experience ? <Text style={s.head}>{up(v, v.headings.experience)}</Text> : null}
      <Box style={s.grid}>
        {roles(v).map(({ role }) => (
          <Box key={role.title + role.start} style={s.card} wrap={false}>
            <Box style={s.band}>
              <Text style={s.bold}>{v.roleFirst ? role.title : role.company}</Text>
              {datesAt === "band" ? dates(role.start, role.end) : null}
            </Box>
            <Box style={s.body}>
              <Text style={s.bold}>{v.roleFirst ? role.company : role.title}</Text>
              {role.location ? <Text style={s.sub}>{role.location}</Text> : null}
              {datesAt === "under" ? dates(role.start, role.end, s.sub) : null}
              {role.bullets.slice(0, 3).map((b) => (
                <Text key={b}>{`• ${b}`}</Text>
              ))}
              {datesAt === "foot" ? dates(role.start, role.end, s.foot) : null}
            </Box>
          </Box>
        ))}
      </Box>
      {p.schools.length > 0 ? <Text style={s.head}>{up(v, v.headings.education)}</Text> : null}
      {schoolGrid(v, s, s.third)}
      <Text style={s.head}>{up(v, v.headings.skills)}</Text>
      {chipRow(
        p.skillGroups.flatMap((g) => g.skills),
        s,
      )}
      {certificates(v, s)}
    </Page>
  );
}

export const REACT_PDF_TUNING_TEMPLATES: Record<string, (props: { v: View }) => JSX.Element> = {
  "reactpdft-sidebar": Sidebar,
  "reactpdft-rail": Rail,
  // Two times in five each main section has a name no lexicon holds (as html-t.ts does).
  "reactpdft-tiles": ({ v }) => Tiles({ v: withUnusualHeadings(v) }),
  "reactpdft-grid": Grid,
};
