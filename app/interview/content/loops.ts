// Interview loops as we understand them from the companies' public descriptions
// (see SOURCES.md) and common candidate reports. Loops change by team and year, so
// every loop carries a note telling the user to confirm with their recruiter.
import type { CompanyLoop, StageTemplate } from "../types.ts";

const CONFIRM_NOTE = "Loops vary by team, location and year; confirm the exact stages with your recruiter.";

const recruiterScreen = (name: string, guidance: string, seniorNote: string): StageTemplate => ({
  stage: "recruiter-screen",
  name,
  assesses: [
    "your background and what you want next",
    "fit for the role and level",
    "logistics: location, timing, expectations",
  ],
  minutes: 30,
  guidance,
  byLevel: [
    {
      levels: ["L3", "L4"],
      rounds: 1,
      note: "Expect questions about recent projects, what you enjoy building and your timeline.",
    },
    { levels: ["L5", "L7"], rounds: 1, note: seniorNote },
  ],
});

const hiringCommittee = (name: string, guidance: string): StageTemplate => ({
  stage: "hiring-committee",
  name,
  assesses: ["the interviewers' written feedback", "consistency of signal across rounds", "the level to offer"],
  minutes: 0,
  guidance,
  byLevel: [{ levels: ["L3", "L7"], rounds: 1, note: "You do not attend; your interviewers' notes speak for you." }],
});

const CODING_ASSESSES = [
  "problem solving and choice of data structures",
  "correct, readable code",
  "testing your own code and handling edge cases",
  "time and space complexity",
  "explaining your thinking as you go",
];

const DESIGN_ASSESSES = [
  "clarifying requirements and scale",
  "a clear high-level architecture",
  "data model and APIs",
  "trade-offs: consistency, latency, cost, reliability",
  "going deep on the hardest component",
];

const DESIGN_GUIDANCE =
  "Spend the first minutes on requirements and rough numbers (users, requests per second, data size). Sketch the main components, then go deep where the interviewer steers. Name trade-offs out loud and say what you would measure.";

const CODING_GUIDANCE =
  "Restate the problem and confirm inputs, outputs and edge cases. Say a brute-force idea first, then improve it. State the complexity, write the code, and walk through a small example to test it.";

export const COMPANY_LOOPS: CompanyLoop[] = [
  {
    id: "google",
    name: "Google",
    generic: false,
    aliases: ["google", "alphabet", "google llc"],
    levels: [
      { id: "L3", name: "L3 (Software Engineer II, entry)", aliases: ["l3", "swe ii", "software engineer ii"] },
      { id: "L4", name: "L4 (Software Engineer III)", aliases: ["l4", "swe iii", "software engineer iii"] },
      { id: "L5", name: "L5 (Senior Software Engineer)", aliases: ["l5", "senior", "senior software engineer"] },
      { id: "L6", name: "L6 (Staff Software Engineer)", aliases: ["l6", "staff", "staff software engineer"] },
      {
        id: "L7",
        name: "L7 (Senior Staff Software Engineer)",
        aliases: ["l7", "senior staff", "senior staff software engineer"],
      },
    ],
    notes: [
      CONFIRM_NOTE,
      "Google hires software engineers into the company first and matches them to a team afterwards, so most interviews are not team-specific.",
    ],
    roleNotes: {
      frontend:
        "Front-end candidates usually get the same loop; coding may be in JavaScript or TypeScript and design can lean on client architecture.",
      "full-stack":
        "There is no separate full-stack loop; your stack knowledge shows in system design and in team matching.",
    },
    stages: [
      recruiterScreen(
        "Recruiter call",
        "Have a two-minute story of your career and why Google. Ask which stages and languages to expect.",
        "The recruiter calibrates level: scope of your recent work, size of the systems and teams you led.",
      ),
      {
        stage: "phone-screen",
        name: "Technical phone or video screen",
        assesses: CODING_ASSESSES,
        minutes: 45,
        guidance: `${CODING_GUIDANCE} The code is written in a shared document without running it, so read it back carefully.`,
        byLevel: [
          { levels: ["L3", "L4"], rounds: 2, note: "Often one or two screens with a medium algorithmic problem each." },
          {
            levels: ["L5", "L7"],
            rounds: 1,
            note: "Usually a single coding screen; the bar on code quality and communication is higher.",
          },
        ],
      },
      {
        stage: "coding",
        name: "Coding interviews",
        assesses: CODING_ASSESSES,
        minutes: 45,
        guidance: CODING_GUIDANCE,
        byLevel: [
          {
            levels: ["L3", "L4"],
            rounds: 3,
            note: "Most of the loop is coding; interviewers look for correct, well-tested code and clear reasoning.",
          },
          {
            levels: ["L5", "L7"],
            rounds: 2,
            note: "Fewer coding rounds; problems are more open-ended and you are expected to drive them.",
          },
        ],
      },
      {
        stage: "system-design",
        name: "System design",
        assesses: DESIGN_ASSESSES,
        minutes: 45,
        guidance: DESIGN_GUIDANCE,
        byLevel: [
          {
            levels: ["L5", "L5"],
            rounds: 1,
            note: "From L5 up there is a system design round; expect a product-scale service.",
          },
          {
            levels: ["L6", "L7"],
            rounds: 2,
            note: "Two design rounds; expect ambiguity, multi-team systems and long-term evolution.",
          },
        ],
      },
      {
        stage: "behavioral",
        name: "Googleyness & Leadership",
        assesses: [
          "working well in a team and across teams",
          "handling ambiguity and changing priorities",
          "acting on feedback and learning",
          "leading without formal authority",
          "doing the right thing for users and colleagues",
        ],
        minutes: 45,
        guidance:
          "Answer with specific stories (situation, task, action, result). Say what you did, not what the team did, and end with a measurable result and what you learned.",
        byLevel: [
          {
            levels: ["L3", "L4"],
            rounds: 1,
            note: "Stories can come from school, internships or your first jobs; collaboration and learning matter most.",
          },
          {
            levels: ["L5", "L5"],
            rounds: 1,
            note: "Expect questions on leading projects, mentoring and influencing peers.",
          },
          {
            levels: ["L6", "L7"],
            rounds: 1,
            note: "Expect questions on setting direction across teams, developing others and hard trade-offs.",
          },
        ],
      },
      hiringCommittee(
        "Hiring committee review",
        "A committee of Googlers who did not interview you reads the feedback and decides on hire and level.",
      ),
      {
        stage: "team-match",
        name: "Team matching",
        assesses: ["mutual interest between you and a team", "how your experience fits the team's work"],
        minutes: 30,
        guidance:
          "Treat it as a two-way conversation: ask about the team's problems, on-call and how success is measured, and connect them to your experience.",
        byLevel: [{ levels: ["L3", "L7"], rounds: 1, note: "You may talk to several teams; this can take weeks." }],
      },
    ],
  },
  {
    id: "meta",
    name: "Meta",
    generic: false,
    aliases: ["meta", "facebook", "fb", "meta platforms", "instagram", "whatsapp"],
    levels: [
      { id: "L3", name: "E3 (Software Engineer, entry)", aliases: ["e3", "ic3"] },
      { id: "L4", name: "E4 (Software Engineer)", aliases: ["e4", "ic4"] },
      { id: "L5", name: "E5 (Senior Software Engineer)", aliases: ["e5", "ic5", "senior"] },
      { id: "L6", name: "E6 (Staff Software Engineer)", aliases: ["e6", "ic6", "staff"] },
      { id: "L7", name: "E7 (Senior Staff Software Engineer)", aliases: ["e7", "ic7", "senior staff"] },
    ],
    notes: [CONFIRM_NOTE],
    roleNotes: {
      frontend:
        "Meta runs a separate front-end engineer loop: coding is usually in JavaScript and the design round focuses on front-end architecture.",
    },
    stages: [
      recruiterScreen(
        "Recruiter call",
        "Prepare a short career story and one or two projects you are proud of. Ask whether you will get a system design or product architecture round.",
        "The recruiter checks scope and impact to decide which level to interview you for.",
      ),
      {
        stage: "phone-screen",
        name: "Initial technical screen",
        assesses: CODING_ASSESSES,
        minutes: 45,
        guidance: `${CODING_GUIDANCE} Expect about two problems in the time, so keep a steady pace.`,
        byLevel: [{ levels: ["L3", "L7"], rounds: 1, note: "Usually two coding problems in one session." }],
      },
      {
        stage: "coding",
        name: "Coding interviews",
        assesses: CODING_ASSESSES,
        minutes: 45,
        guidance: `${CODING_GUIDANCE} Speed matters: aim for working code on two problems per round.`,
        byLevel: [
          { levels: ["L3", "L4"], rounds: 2, note: "Two coding rounds carry most of the decision." },
          {
            levels: ["L5", "L7"],
            rounds: 2,
            note: "Still two coding rounds; design and behavioral signal decide the level.",
          },
        ],
      },
      {
        stage: "system-design",
        name: "System design or product architecture",
        assesses: DESIGN_ASSESSES,
        minutes: 45,
        guidance: `${DESIGN_GUIDANCE} Product architecture rounds focus more on APIs, client-server data flow and the user experience.`,
        byLevel: [
          { levels: ["L4", "L5"], rounds: 1, note: "One design round; at E5 it weighs heavily on the level decision." },
          { levels: ["L6", "L7"], rounds: 2, note: "Two design rounds; expect large-scale, cross-team systems." },
        ],
      },
      {
        stage: "behavioral",
        name: "Behavioral interview",
        assesses: [
          "driving projects on your own initiative",
          "working through ambiguity",
          "resolving conflict",
          "growing from feedback",
          "communicating clearly",
        ],
        minutes: 45,
        guidance:
          "Prepare six to eight stories that each show a different strength. Use situation, task, action, result; be candid about mistakes and what changed afterwards.",
        byLevel: [
          { levels: ["L3", "L4"], rounds: 1, note: "Focus on your own projects, learning and working with others." },
          {
            levels: ["L5", "L7"],
            rounds: 1,
            note: "Scope matters: show impact beyond your own work, and leadership across teams at E6+.",
          },
        ],
      },
      hiringCommittee(
        "Hiring committee and level decision",
        "A committee reviews the feedback and confirms the hire and level.",
      ),
      {
        stage: "team-match",
        name: "Team selection",
        assesses: ["mutual interest between you and a team"],
        minutes: 30,
        guidance:
          "Prepare questions about the team's roadmap and how engineers are measured; say what kind of work you want.",
        byLevel: [
          {
            levels: ["L3", "L5"],
            rounds: 1,
            note: "Engineers at these levels often choose a team during onboarding (Bootcamp) after joining.",
          },
          { levels: ["L6", "L7"], rounds: 1, note: "Senior hires usually meet and pick a team before the offer." },
        ],
      },
    ],
  },
  {
    id: "amazon",
    name: "Amazon",
    generic: false,
    aliases: ["amazon", "aws", "amazon web services", "amazon.com"],
    levels: [
      { id: "L3", name: "SDE I (L4)", aliases: ["sde i", "sde 1", "sde1", "l4"] },
      { id: "L4", name: "SDE II (L5)", aliases: ["sde ii", "sde 2", "sde2", "l5"] },
      { id: "L5", name: "SDE III / Senior SDE (L6)", aliases: ["sde iii", "sde 3", "sde3", "senior sde", "l6"] },
      { id: "L6", name: "Principal SDE (L7)", aliases: ["principal", "principal sde", "principal engineer", "l7"] },
    ],
    notes: [
      CONFIRM_NOTE,
      "Every interviewer asks Leadership Principles questions, and one interviewer is a Bar Raiser from outside the hiring team.",
    ],
    roleNotes: {},
    stages: [
      recruiterScreen(
        "Recruiter call",
        "Know which team and Leadership Principles the role emphasises. Have a short story of your career ready.",
        "Expect questions about the scale and business impact of your recent work.",
      ),
      {
        stage: "online-assessment",
        name: "Online assessment",
        assesses: ["coding two problems under time pressure", "a work-style survey based on the Leadership Principles"],
        minutes: 90,
        guidance:
          "Timed coding on your own. Get a correct solution first, then optimise; test edge cases before submitting.",
        byLevel: [
          { levels: ["L3", "L4"], rounds: 1, note: "Common for SDE I and SDE II; often replaces the phone screen." },
        ],
      },
      {
        stage: "phone-screen",
        name: "Phone screen",
        assesses: [...CODING_ASSESSES, "one or two Leadership Principles questions"],
        minutes: 60,
        guidance: `${CODING_GUIDANCE} Keep one Leadership Principles story ready; screens often open with one.`,
        byLevel: [
          { levels: ["L4", "L4"], rounds: 1, note: "Sometimes skipped when the online assessment is strong." },
          { levels: ["L5", "L6"], rounds: 1, note: "May include design discussion as well as coding." },
        ],
      },
      {
        stage: "coding",
        name: "Coding (problem solving and data structures)",
        assesses: CODING_ASSESSES,
        minutes: 60,
        guidance: CODING_GUIDANCE,
        byLevel: [
          {
            levels: ["L3", "L3"],
            rounds: 2,
            note: "One round may be object-oriented or low-level design instead of algorithms.",
          },
          { levels: ["L4", "L4"], rounds: 2, note: "Production-quality code is expected: naming, edge cases, tests." },
          {
            levels: ["L5", "L6"],
            rounds: 1,
            note: "Coding is still assessed, but design and leadership carry more weight.",
          },
        ],
      },
      {
        stage: "system-design",
        name: "System design",
        assesses: DESIGN_ASSESSES,
        minutes: 60,
        guidance: `${DESIGN_GUIDANCE} Tie decisions to the customer and to operational cost.`,
        byLevel: [
          { levels: ["L4", "L4"], rounds: 1, note: "One design round for SDE II." },
          {
            levels: ["L5", "L6"],
            rounds: 2,
            note: "Two design rounds; one may be a deep dive into a system you built.",
          },
        ],
      },
      {
        stage: "behavioral",
        name: "Leadership Principles (in every interview)",
        assesses: [
          "Customer Obsession, Ownership, Dive Deep, Deliver Results and the other Leadership Principles",
          "specific examples with data",
          "your own role in the outcome",
        ],
        minutes: 20,
        questionsPerRound: 2,
        guidance:
          "Amazon asks you to use the STAR format. Prepare two stories per principle, with numbers in the results and what you would do differently. Expect probing follow-ups on your exact role.",
        byLevel: [
          {
            levels: ["L3", "L3"],
            rounds: 3,
            note: "Roughly two principles per interviewer across three or four interviews.",
          },
          {
            levels: ["L4", "L5"],
            rounds: 4,
            note: "Two or three principles per interviewer; the Bar Raiser probes deepest.",
          },
          {
            levels: ["L6", "L6"],
            rounds: 5,
            note: "Stories should show org-wide impact, long-term thinking and raising the bar for others.",
          },
        ],
      },
      hiringCommittee(
        "Debrief with the Bar Raiser",
        "Interviewers and the Bar Raiser meet to share written feedback and decide; the Bar Raiser can block a hire.",
      ),
    ],
  },
  {
    id: "microsoft",
    name: "Microsoft",
    generic: false,
    aliases: ["microsoft", "msft", "github", "linkedin"],
    levels: [
      { id: "L3", name: "SDE (59–60)", aliases: ["59", "60", "sde", "software engineer"] },
      { id: "L4", name: "SDE II (61–62)", aliases: ["61", "62", "sde ii", "sde 2", "software engineer ii"] },
      {
        id: "L5",
        name: "Senior SDE (63–64)",
        aliases: ["63", "64", "senior", "senior sde", "senior software engineer"],
      },
      {
        id: "L6",
        name: "Principal SDE (65–67)",
        aliases: ["65", "66", "67", "principal", "principal software engineer"],
      },
    ],
    notes: [CONFIRM_NOTE, "Microsoft hires for a specific team, so the loop and its technical focus follow that team."],
    roleNotes: {},
    stages: [
      recruiterScreen(
        "Recruiter call",
        "Know the team and product you are interviewing for and why it interests you.",
        "Expect questions about the systems you owned and the people you led or mentored.",
      ),
      {
        stage: "phone-screen",
        name: "Technical screen",
        assesses: CODING_ASSESSES,
        minutes: 45,
        guidance: `${CODING_GUIDANCE} Some teams use an online coding assessment instead.`,
        byLevel: [
          {
            levels: ["L3", "L6"],
            rounds: 1,
            note: "One coding screen, sometimes with questions about your past projects.",
          },
        ],
      },
      {
        stage: "coding",
        name: "Coding interviews",
        assesses: CODING_ASSESSES,
        minutes: 60,
        guidance: CODING_GUIDANCE,
        byLevel: [
          { levels: ["L3", "L3"], rounds: 3, note: "Most of the loop is coding and problem solving." },
          { levels: ["L4", "L5"], rounds: 2, note: "Coding plus design; expect clean, testable code." },
          {
            levels: ["L6", "L6"],
            rounds: 1,
            note: "Less coding; the loop focuses on design and technical leadership.",
          },
        ],
      },
      {
        stage: "technical-deep-dive",
        name: "Past-project and domain deep dive",
        assesses: ["depth in the team's technical area", "decisions you made on past projects and why"],
        minutes: 60,
        guidance:
          "Pick one project you know end to end. Explain the architecture, your decisions, what went wrong and what you would change.",
        byLevel: [{ levels: ["L3", "L6"], rounds: 1, note: "The depth expected grows with level." }],
      },
      {
        stage: "system-design",
        name: "Design interview",
        assesses: DESIGN_ASSESSES,
        minutes: 60,
        guidance: DESIGN_GUIDANCE,
        byLevel: [
          {
            levels: ["L4", "L5"],
            rounds: 1,
            note: "One design round; at SDE II it may be folded into a coding round.",
          },
          {
            levels: ["L6", "L6"],
            rounds: 2,
            note: "Two design rounds, often about systems you have built and how they evolve.",
          },
        ],
      },
      {
        stage: "behavioral",
        name: "Behavioral (growth mindset and collaboration)",
        assesses: ["learning from mistakes and feedback", "collaboration across teams", "customer focus"],
        minutes: 45,
        guidance:
          "Behavioral questions are usually mixed into each interview. Use STAR and show what you learned and changed.",
        byLevel: [
          { levels: ["L3", "L6"], rounds: 1, note: "Senior levels are asked about influence and helping others grow." },
        ],
      },
      {
        stage: "hiring-manager",
        name: "As-appropriate (AA) interview",
        assesses: [
          "overall fit for the team",
          "judgement and career direction",
          "any open questions from earlier rounds",
        ],
        minutes: 60,
        guidance:
          "A senior leader closes the loop. Expect a mix of behavioral and high-level technical questions, and have questions about the team's direction ready.",
        byLevel: [
          {
            levels: ["L3", "L6"],
            rounds: 1,
            note: "Traditionally held when the earlier rounds went well; not every team still runs it.",
          },
        ],
      },
    ],
  },
  {
    id: "apple",
    name: "Apple",
    generic: false,
    aliases: ["apple", "apple inc"],
    levels: [
      { id: "L3", name: "ICT2 (Engineer, entry)", aliases: ["ict2", "ict 2"] },
      { id: "L4", name: "ICT3 (Engineer)", aliases: ["ict3", "ict 3"] },
      { id: "L5", name: "ICT4 (Senior Engineer)", aliases: ["ict4", "ict 4", "senior"] },
      { id: "L6", name: "ICT5 (Staff / Principal Engineer)", aliases: ["ict5", "ict 5", "staff"] },
      { id: "L7", name: "ICT6 (Senior Principal Engineer)", aliases: ["ict6", "ict 6"] },
    ],
    notes: [
      CONFIRM_NOTE,
      "Apple hires for a specific team and the hiring manager decides; loops differ a lot between teams and are often a full day of interviews.",
    ],
    roleNotes: {
      frontend: "Web and client roles go deep on the platform the team ships on.",
    },
    stages: [
      recruiterScreen(
        "Recruiter call",
        "Know the team's product. Apple values discretion: talk about your past work without sharing confidential details.",
        "Expect questions about the scope and technical depth of the work you led.",
      ),
      {
        stage: "phone-screen",
        name: "Hiring manager and technical screens",
        assesses: ["your background and the team's needs", ...CODING_ASSESSES],
        minutes: 45,
        kinds: ["coding", "role"],
        guidance:
          "Usually one call with the hiring manager about your experience and one technical screen with coding or domain questions.",
        byLevel: [{ levels: ["L3", "L7"], rounds: 2, note: "Domain questions grow deeper with level." }],
      },
      {
        stage: "coding",
        name: "Coding interviews",
        assesses: CODING_ASSESSES,
        minutes: 45,
        guidance: CODING_GUIDANCE,
        byLevel: [
          { levels: ["L3", "L7"], rounds: 2, note: "Problems are often practical and close to the team's work." },
        ],
      },
      {
        stage: "technical-deep-dive",
        name: "Domain deep dive",
        assesses: ["depth in the team's technology", "attention to detail and quality", "how you debug and ship"],
        minutes: 45,
        guidance:
          "Expect detailed questions about the platform the team uses and about your past projects. Be precise and say where your knowledge stops.",
        byLevel: [
          { levels: ["L3", "L4"], rounds: 1, note: "Fundamentals of the team's stack." },
          { levels: ["L5", "L7"], rounds: 2, note: "Deep expertise and architectural judgement in the domain." },
        ],
      },
      {
        stage: "system-design",
        name: "Design interview",
        assesses: DESIGN_ASSESSES,
        minutes: 45,
        guidance: DESIGN_GUIDANCE,
        byLevel: [
          { levels: ["L5", "L5"], rounds: 1, note: "Design is usually tied to the team's product." },
          {
            levels: ["L6", "L7"],
            rounds: 2,
            note: "Expect cross-team architecture and long-term technical direction.",
          },
        ],
      },
      {
        stage: "behavioral",
        name: "Behavioral and collaboration",
        assesses: [
          "working across functions (design, hardware, product)",
          "care for quality and detail",
          "handling disagreement",
        ],
        minutes: 45,
        guidance:
          "Use specific stories. Show care for the user experience and how you work with people outside engineering.",
        byLevel: [
          { levels: ["L3", "L7"], rounds: 1, note: "Senior candidates are asked about influence and mentoring." },
        ],
      },
      {
        stage: "hiring-manager",
        name: "Hiring manager conversation",
        assesses: ["fit for the team", "motivation", "how you work"],
        minutes: 45,
        guidance:
          "The hiring manager makes the decision. Be ready to explain why this team and what you would bring in your first months.",
        byLevel: [
          { levels: ["L3", "L7"], rounds: 1, note: "At senior levels expect questions about technical direction." },
        ],
      },
    ],
  },
  {
    id: "startup",
    name: "A typical startup",
    generic: true,
    aliases: ["startup", "start-up", "generic startup", "a typical startup", "scaleup", "scale-up"],
    levels: [
      { id: "L3", name: "Junior engineer", aliases: ["junior", "graduate", "entry"] },
      { id: "L4", name: "Engineer (mid-level)", aliases: ["mid", "mid-level", "engineer"] },
      { id: "L5", name: "Senior engineer", aliases: ["senior"] },
      { id: "L6", name: "Staff engineer / tech lead", aliases: ["staff", "lead", "tech lead"] },
    ],
    notes: [CONFIRM_NOTE, "Startups move fast and vary widely; many replace algorithm puzzles with practical work."],
    roleNotes: {},
    stages: [
      recruiterScreen(
        "Intro call (recruiter or founder)",
        "Show you understand the product and the company's stage. Ask about runway, team size and how decisions are made.",
        "Expect questions about building teams and systems from scratch.",
      ),
      {
        stage: "phone-screen",
        name: "Technical screen or take-home",
        assesses: ["practical coding", "knowledge of the stack the company uses"],
        minutes: 60,
        kinds: ["coding", "role"],
        guidance:
          "Often a take-home or a practical exercise. Keep it simple, tested and documented; explain what you left out and why.",
        byLevel: [{ levels: ["L3", "L6"], rounds: 1, note: "Scope of the exercise grows with level." }],
      },
      {
        stage: "coding",
        name: "Pair programming",
        assesses: ["working code in a realistic setting", "collaboration while coding", "testing"],
        minutes: 60,
        guidance: "Think aloud and treat the interviewer as a teammate. Ship a working slice first, then improve it.",
        byLevel: [{ levels: ["L3", "L6"], rounds: 1, note: "Often extends your take-home." }],
      },
      {
        stage: "technical-deep-dive",
        name: "Stack deep dive",
        assesses: ["depth in the company's stack", "pragmatic technical choices"],
        minutes: 45,
        guidance:
          "Walk through a project end to end: why you chose each piece, what broke, and what you would do differently at the company's scale.",
        byLevel: [
          { levels: ["L3", "L6"], rounds: 1, note: "Senior candidates are expected to have opinions and reasons." },
        ],
      },
      {
        stage: "system-design",
        name: "Architecture discussion",
        assesses: [...DESIGN_ASSESSES, "pragmatism for a small team"],
        minutes: 60,
        guidance: `${DESIGN_GUIDANCE} Favour simple, cheap designs that a small team can run, and say when you would scale them up.`,
        byLevel: [
          {
            levels: ["L4", "L5"],
            rounds: 1,
            note: "A practical design for the company's product at its current scale.",
          },
          { levels: ["L6", "L6"], rounds: 1, note: "Expect to set technical direction and plan for growth." },
        ],
      },
      {
        stage: "behavioral",
        name: "Values and founder interview",
        assesses: ["ownership", "working with little structure", "speed and judgement", "motivation for this company"],
        minutes: 45,
        guidance:
          "Show that you take ownership, ship quickly and cope with ambiguity. Stories with concrete results work best.",
        byLevel: [{ levels: ["L3", "L6"], rounds: 1, note: "Senior candidates are asked about hiring and mentoring." }],
      },
    ],
  },
  {
    id: "large-company",
    name: "A typical large tech company",
    generic: true,
    aliases: ["large company", "large-company", "a typical large tech company", "big tech", "enterprise", "generic"],
    levels: [
      { id: "L3", name: "Entry (L3 / SWE I)", aliases: ["entry", "swe i", "junior", "new grad"] },
      { id: "L4", name: "Mid-level (L4 / SWE II)", aliases: ["mid", "swe ii", "mid-level"] },
      { id: "L5", name: "Senior (L5)", aliases: ["senior"] },
      { id: "L6", name: "Staff (L6)", aliases: ["staff"] },
      { id: "L7", name: "Principal / Senior Staff (L7)", aliases: ["principal", "senior staff"] },
    ],
    notes: [CONFIRM_NOTE],
    roleNotes: {},
    stages: [
      recruiterScreen(
        "Recruiter call",
        "Prepare a two-minute career story and your reasons for this company. Ask which stages to expect.",
        "Expect questions that calibrate your level: scope, impact and leadership.",
      ),
      {
        stage: "phone-screen",
        name: "Technical phone screen",
        assesses: CODING_ASSESSES,
        minutes: 45,
        guidance: CODING_GUIDANCE,
        byLevel: [{ levels: ["L3", "L7"], rounds: 1, note: "One coding screen." }],
      },
      {
        stage: "coding",
        name: "Coding interviews",
        assesses: CODING_ASSESSES,
        minutes: 45,
        guidance: CODING_GUIDANCE,
        byLevel: [
          { levels: ["L3", "L7"], rounds: 2, note: "Two coding rounds at every level; senior bars are higher." },
        ],
      },
      {
        stage: "technical-deep-dive",
        name: "Role-specific technical interview",
        assesses: ["depth in your area: frontend, backend or full-stack", "decisions on past projects"],
        minutes: 45,
        guidance:
          "Expect questions on your stack and a project you know well. Explain trade-offs and how you verified your work.",
        byLevel: [{ levels: ["L3", "L7"], rounds: 1, note: "Depth expected grows with level." }],
      },
      {
        stage: "system-design",
        name: "System design",
        assesses: DESIGN_ASSESSES,
        minutes: 45,
        guidance: DESIGN_GUIDANCE,
        byLevel: [
          { levels: ["L5", "L5"], rounds: 1, note: "One design round from senior level." },
          { levels: ["L6", "L7"], rounds: 2, note: "Two design rounds with cross-team scope." },
        ],
      },
      {
        stage: "behavioral",
        name: "Behavioral interview",
        assesses: ["collaboration", "ownership", "handling conflict and ambiguity", "learning from failure"],
        minutes: 45,
        guidance: "Use STAR stories with your own actions and measurable results.",
        byLevel: [
          { levels: ["L3", "L4"], rounds: 1, note: "Your own projects and teamwork." },
          { levels: ["L5", "L7"], rounds: 1, note: "Leadership, mentoring and influence across teams." },
        ],
      },
      hiringCommittee(
        "Debrief or hiring committee",
        "Interviewers' feedback is reviewed together to decide on hire and level.",
      ),
      {
        stage: "team-match",
        name: "Team matching",
        assesses: ["mutual interest between you and a team"],
        minutes: 30,
        guidance: "Ask about the team's roadmap, on-call and how success is measured.",
        byLevel: [{ levels: ["L3", "L7"], rounds: 1, note: "Some companies match before the offer, others after." }],
      },
    ],
  },
];

/** The loop used when we have none on file for the company asked about. */
export const FALLBACK_COMPANY = "large-company" as const;
