// Recruiter-screen, team-match and hiring-manager conversation questions. These are
// short, direct answers rather than STAR stories, so they use rubric feedback.
import { ALL_ROLES, defineQuestions } from "./define.ts";

export const SCREEN_QUESTIONS = defineQuestions(
  "screen",
  { stages: ["recruiter-screen", "hiring-manager"], roles: ALL_ROLES, levels: ["L3", "L7"] },
  [
    [
      "sc-background",
      "career-story",
      "Walk me through your background.",
      [
        "a short arc from past to present :: started|began|then|moved|currently|now i",
        "one or two concrete achievements :: built|led|launched|shipped|improved|reduced|percent",
        "the skills most relevant to this role :: experience with|skills|stack|typescript|react|backend|frontend|distributed",
        "why this role is the logical next step :: next step|looking for|that is why|which is why|this role",
      ],
    ],
    [
      "sc-why-company",
      "motivation",
      "Why do you want to work at {company}?",
      [
        "something specific about the company's products or mission :: product*|mission|users|customers|scale|platform",
        "a link to your own experience :: my experience|i have|i built|i worked|background|i use|i used|my last|my current|at my|years",
        "what you want to contribute or learn :: contribute|learn|grow|impact|bring",
        "interest in this role or team :: role|team|position|engineering culture",
      ],
    ],
    [
      "sc-current-situation",
      "career-story",
      "What is your current situation, and why are you looking for a new role?",
      [
        "a brief, factual reason :: laid off|layoff|restructur*|role ended|contract ended|looking for|ready for",
        "no blame on past employers :: grateful|learned|enjoyed|proud",
        "what you are doing now to stay sharp :: course*|project*|learning|contribut*|open source|practising|practicing",
        "what you want next :: next|looking for|want to|excited",
      ],
      { stages: ["recruiter-screen"] },
    ],
    [
      "sc-looking-for",
      "motivation",
      "What kind of role and team are you looking for next?",
      [
        "the kind of work :: product|backend|frontend|full-stack|infrastructure|platform|problems",
        "the team environment :: team|collaborat*|mentorship|ownership|culture",
        "how it fits your direction :: grow|career|direction|next step|long term",
        "flexibility :: open to|flexible|also interested",
      ],
      { stages: ["recruiter-screen", "team-match"] },
    ],
    [
      "sc-salary",
      "motivation",
      "What are your salary expectations?",
      [
        "a researched range :: range|market|research*|levels.fyi|data",
        "total compensation, not only base :: total compensation|base|equity|bonus|stock",
        "asking about the band for the level :: band|budget|range for this level|what is the range",
        "flexibility tied to the whole offer :: flexible|whole package|depends on|open",
      ],
      { stages: ["recruiter-screen"] },
    ],
    [
      "sc-proud-project",
      "career-story",
      "Tell me about a project you are most proud of.",
      [
        "the problem and why it mattered :: problem|users|customers|needed|goal",
        "your specific contribution :: i built|i designed|i led|i wrote|my part|i owned",
        "the outcome in numbers :: percent|users|faster|reduced|increased|saved|revenue",
        "why you are proud of it :: proud|because|hardest|learned",
      ],
    ],
    [
      "sc-gap",
      "career-story",
      "I see a gap on your resume. Can you tell me about it?",
      [
        "a short, honest reason :: layoff|laid off|family|health|caring|travel|study|break|relocat*",
        "what you did during the gap :: course*|project*|learned|built|volunteer*|certif*|freelanc*",
        "readiness to return now :: ready|excited|now|back",
        "a bridge to the role :: this role|relevant|skills|fit",
      ],
    ],
    [
      "sc-timeline",
      "motivation",
      "What is your timeline, and are you interviewing elsewhere?",
      [
        "an honest picture of other processes :: other companies|final round*|offers|interviewing|processes",
        "your timeline and constraints :: weeks|notice period|start date|timeline|available",
        "genuine priority for this company :: priority|excited|first choice|most interested",
      ],
      { stages: ["recruiter-screen"] },
    ],
    [
      "sc-tech-strengths",
      "career-story",
      "Which languages and technologies are you strongest in?",
      [
        "named languages and tools :: typescript|javascript|python|java|go|c++|rust|sql|react|node",
        "depth shown with a real example :: built|used|production|project|years",
        "willingness to learn the team's stack :: learn|pick up|adapt|new language",
      ],
      { stages: ["recruiter-screen"] },
    ],
    [
      "sc-scope",
      "career-story",
      "Describe the scope of your current or last role: the systems you owned and the people you worked with.",
      [
        "the systems you owned :: owned|own|responsible for|service*|system*",
        "the scale :: users|requests|engineers|teams|million|thousand",
        "the people you led or influenced :: led|mentored|team of|engineers|cross-team|stakeholders",
        "the impact of your work :: impact|reduced|increased|improved|delivered",
      ],
      { stages: ["recruiter-screen"], levels: ["L5", "L7"] },
    ],
    [
      "sc-know-company",
      "motivation",
      "What do you know about what {company} builds?",
      [
        "specific products or services :: product*|service*|app|platform|cloud",
        "who the users are :: users|customers|developers|businesses|people",
        "a recent change or direction :: recent*|launched|announced|new|moving",
        "where you would fit :: fit|my experience|contribute|team",
      ],
      { stages: ["recruiter-screen"] },
    ],
    [
      "sc-five-years",
      "motivation",
      "Where do you see yourself in three to five years?",
      [
        "a direction rather than a title :: direction|grow|deeper|broader|skills",
        "technical or leadership path :: technical|leadership|lead|staff|manager|expert",
        "a link to this role :: this role|here|this team|company",
      ],
    ],
    [
      "sc-strengths-growth",
      "career-story",
      "What is your greatest strength, and what are you working to improve?",
      [
        "a strength backed by evidence :: strength|good at|for example|example|feedback",
        "a real area to improve :: improve|working on|weakness|less experienced",
        "concrete steps you are taking :: practising|practicing|course|mentor|feedback|reading|started",
      ],
    ],
    [
      "sc-ready-for-level",
      "career-story",
      "What makes you ready for a role at this level?",
      [
        "scope you already operate at :: already|scope|led|owned|cross-team",
        "influence beyond your own code :: influence|mentored|design reviews|standards|strategy",
        "results at that scope :: result*|impact|delivered|percent|million",
        "what you still want to learn :: learn|grow|next",
      ],
      { levels: ["L5", "L7"] },
    ],
    // Team match and hiring manager conversations
    [
      "tm-problems",
      "team-fit",
      "What kinds of problems do you most want to work on?",
      [
        "specific problem areas :: performance|scale|reliability|user experience|infrastructure|data|developer experience|problems",
        "why they energise you :: enjoy|energiz*|love|interest*|because",
        "evidence from your past work :: in my last|previously|i built|i worked",
        "a link to this team :: this team|your team|here",
      ],
      { stages: ["team-match", "hiring-manager"] },
    ],
    [
      "tm-manager",
      "team-fit",
      "How do you like to work with your manager?",
      [
        "communication rhythm :: one-on-one|1:1|weekly|updates|async",
        "autonomy and support you want :: autonomy|ownership|support|guidance|trust",
        "how you like to receive feedback :: feedback|direct|regular",
        "an example of a good working relationship :: example|my last manager|previous manager|worked well",
      ],
      { stages: ["team-match", "hiring-manager"] },
    ],
    [
      "tm-questions-for-team",
      "team-fit",
      "What questions do you have for us about this team?",
      [
        "the team's current challenges :: challenge*|problems|roadmap|priorities",
        "how success is measured :: success|measured|goals|okr*|expectations",
        "ways of working :: on-call|process|code review|releases|meetings",
        "growth and support :: growth|mentorship|learning|career|onboarding|new person|new hire|first month|ramp up",
      ],
      { stages: ["team-match", "hiring-manager"] },
    ],
    [
      "tm-first-90-days",
      "team-fit",
      "How would you spend your first 90 days on this team?",
      [
        "learning the system and the people :: learn|codebase|meet|people|context|listen",
        "an early contribution :: first|small|quick win|ship|bug fix*|on-call",
        "building relationships :: relationship*|stakeholders|one-on-one|1:1|trust",
        "taking on ownership over time :: own|ownership|lead|bigger|by day 90|third month",
      ],
      { stages: ["team-match", "hiring-manager"], levels: ["L4", "L7"] },
    ],
    [
      "tm-environment",
      "team-fit",
      "What team environment brings out your best work?",
      [
        "specific conditions :: clear goals|ownership|feedback|trust|collaborat*|autonomy",
        "an example from your past :: example|when i|in my last|previously",
        "how you contribute to that environment yourself :: i try|i help|i make|i contribute",
      ],
      { stages: ["team-match"] },
    ],
    [
      "tm-relevant-project",
      "team-fit",
      "Which of your past projects is most relevant to this team's work, and why?",
      [
        "a specific project :: project|built|system|feature|platform|service|migration|i led",
        "the overlap with this team's work :: similar|relevant|overlap|same|like your",
        "what you would bring from it :: bring|apply|lesson*|learned|experience|transfer*|reuse|playbook",
      ],
      { stages: ["team-match", "hiring-manager"] },
    ],
    [
      "tm-stay-current",
      "team-fit",
      "How do you keep your technical skills current?",
      [
        "specific habits :: read|blog*|papers|courses|conference*|newsletter*|podcast*",
        "hands-on practice :: side project*|build|experiment|open source|prototype",
        "sharing with others :: share|talk*|write|teach|mentor",
        "an example of a skill you applied recently :: recently|applied|used|example",
      ],
      { stages: ["team-match", "hiring-manager"] },
    ],
    [
      "tm-choose-team",
      "team-fit",
      "What matters most to you when choosing between teams?",
      [
        "the work itself :: work|problems|product|impact",
        "the people and manager :: manager|people|team|mentor*",
        "growth opportunities :: growth|learn|career|scope",
        "how you will decide :: decide|priorit*|weigh|most important",
      ],
      { stages: ["team-match"] },
    ],
  ],
);
