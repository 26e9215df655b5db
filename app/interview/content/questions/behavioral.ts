// Behavioral questions, tagged by competency. Rubric points describe what a strong
// story contains beyond the STAR structure, which the rubric checks separately.
import { ALL_ROLES, defineQuestions } from "./define.ts";

// Points most stories need; reused so keyword lists stay consistent.
const LEARNED = "what you learned and now do differently :: learned|lesson|since then|now i|next time|differently|changed how i|takeaway";
const IMPACT = "the measurable impact :: percent|reduced|increased|improved|saved|faster|fewer|grew|cut|hours|days|weeks|users|customers|revenue";

export const BEHAVIORAL_QUESTIONS = defineQuestions(
  "behavioral",
  { stages: ["behavioral", "hiring-manager"], roles: ALL_ROLES, levels: ["L3", "L7"] },
  [
    // Ownership
    ["bh-own-outside-role", "ownership", "Tell me about a time you took on something that was outside your job description because it needed doing.", [
      "why the problem was not owned by anyone :: nobody|no one|no owner|fell through|not my job|outside my|gap",
      "the initiative you took without being asked :: volunteered|took it on|stepped up|took ownership|without being asked|on my own|decided to",
      IMPACT,
      "how you handed it over or made it last :: handed over|documented|runbook|owner|process|sustainable|automated",
    ], { companies: ["amazon", "startup"] }],
    ["bh-own-long-term", "ownership", "Describe a decision where you chose long-term value over a short-term win.", [
      "the short-term option you turned down :: quick fix|short term|shortcut|hack|faster option|deadline",
      "why the long-term option was worth it :: long term|maintainab*|scale|future|technical debt|years",
      "how you convinced others or managed the cost :: convinced|explained|negotiated|trade-off|stakeholder|manager",
      IMPACT,
    ], { companies: ["amazon"] }],
    ["bh-own-production-incident", "ownership", "Tell me about a production incident you owned from detection to follow-up.", [
      "how the problem was detected and its user impact :: alert|paged|on-call|outage|customers|users|error rate",
      "how you mitigated first and diagnosed second :: rollback|rolled back|mitigat*|hotfix|feature flag|root cause",
      "the post-incident review and fixes :: postmortem|post-mortem|retro|action items|root cause|blameless",
      "how you prevented a repeat :: prevent|monitoring|alerting|test|guardrail|never happened again",
    ]],
    ["bh-own-dropped-ball", "ownership", "Tell me about a time something you owned slipped through the cracks. What did you do?", [
      "an honest account of what slipped :: forgot|missed|slipped|dropped|my mistake|i failed",
      "how you told the people affected :: told|informed|apologi*|flagged|escalated|communicated",
      "how you recovered the situation :: recovered|fixed|caught up|re-planned|worked with",
      LEARNED,
    ]],
    ["bh-own-inherit-mess", "ownership", "Describe a time you inherited a system or project in poor shape. How did you turn it around?", [
      "the state you found it in :: legacy|no tests|undocumented|fragile|technical debt|broken|flaky",
      "how you decided what to fix first :: prioriti*|biggest risk|quick win|plan|roadmap|incremental",
      "the concrete improvements you made :: tests|refactor|documented|monitoring|automated|rewrote",
      IMPACT,
    ]],
    // Delivering results
    ["bh-del-tight-deadline", "delivery", "Tell me about a time you delivered under a tight deadline.", [
      "what made the deadline tight :: deadline|launch|date|weeks|days|commitment",
      "what you cut or reordered to make it :: scope|cut|descoped|prioriti*|mvp|must-have|phase",
      "how you kept stakeholders informed :: updated|status|stakeholder|communicated|expectations|daily",
      "the outcome and its quality :: shipped|launched|delivered|on time|bugs|quality",
    ], { companies: ["amazon", "meta"] }],
    ["bh-del-missed-goal", "delivery", "Tell me about a goal you did not reach. What happened?", [
      "the goal and how far short you fell :: goal|target|missed|short|okr|metric",
      "the real reasons, including your own part :: because|underestimated|my fault|i should have|assumption",
      "what you salvaged :: salvaged|partial|still|recovered|delivered",
      LEARNED,
    ], { companies: ["amazon"] }],
    ["bh-del-obstacle", "delivery", "Describe the biggest obstacle you had to get past to deliver a project.", [
      "the obstacle and why it blocked you :: blocked|obstacle|dependency|blocker|risk|constraint",
      "the options you considered :: options|alternatives|considered|weighed|either",
      "the actions that removed it :: unblocked|worked around|escalated|negotiated|built|rewrote",
      IMPACT,
    ], { companies: ["amazon"] }],
    ["bh-del-estimate", "delivery", "Tell me about a time your estimate turned out badly wrong.", [
      "the estimate and the actual effort :: estimate|weeks|days|sprints|took|twice|longer",
      "why it was wrong :: unknown|underestimated|hidden|complex|assumption|dependency",
      "how you reset expectations early :: told|flagged|re-planned|communicated|expectations|early",
      "how you estimate differently now :: buffer|spike|prototype|break down|range|now i",
    ]],
    ["bh-del-ship-fast", "delivery", "Give an example of when you shipped something quickly and then iterated on it.", [
      "why speed mattered :: customers|competitor|deadline|learn|feedback|opportunity",
      "the smallest version you shipped :: mvp|first version|prototype|minimal|beta|flag",
      "how you used feedback to iterate :: feedback|metrics|data|iterated|second version|usage",
      IMPACT,
    ], { companies: ["startup", "meta"] }],
    // Conflict
    ["bh-con-teammate", "conflict", "Tell me about a disagreement with a teammate and how you resolved it.", [
      "the disagreement and why it mattered :: disagree|disagreement|conflict|pushed back|different view|tension",
      "how you understood the other side :: listened|their perspective|understand their|asked them|their concerns|one-on-one|1:1",
      "how you reached a resolution :: agreed|compromise|resolved|aligned|data|experiment|decided",
      "the relationship afterwards :: relationship|trust|since then|afterwards|still work|friends",
    ], { companies: ["meta", "google"] }],
    ["bh-con-manager", "conflict", "Describe a time you disagreed with your manager's decision.", [
      "the decision and your concern :: decision|disagreed|concern|worried|risk",
      "how you raised it respectfully :: one-on-one|1:1|privately|raised|explained|data|proposal",
      "what happened when the decision stood or changed :: committed|went ahead|changed|agreed|overruled",
      LEARNED,
    ], { companies: ["amazon", "meta"] }],
    ["bh-con-disagree-commit", "conflict", "Tell me about a time you disagreed with a decision but committed to it fully.", [
      "your position and the reasons :: disagreed|argued|position|believed|data",
      "how you made your case before the decision :: made my case|presented|wrote|proposal|raised",
      "how you committed once it was made :: committed|supported|fully|executed|backed",
      "how it turned out and what you took from it :: turned out|result|in hindsight|learned|right",
    ], { companies: ["amazon"] }],
    ["bh-con-cross-team", "conflict", "Tell me about a conflict between your team and another team. What was your role in resolving it?", [
      "the conflicting goals of the two teams :: priorities|goals|roadmap|other team|dependency|competing",
      "how you found common ground :: common ground|shared goal|met with|aligned|both teams|compromise",
      "escalation, if needed, done well :: escalated|leadership|manager|decision maker",
      IMPACT,
    ], { levels: ["L4", "L7"] }],
    ["bh-con-difficult-person", "conflict", "Describe working with someone who was difficult to work with.", [
      "specific behaviour rather than personality :: behaviour|behavior|missed|interrupted|dismissed|late|specific",
      "how you tried to understand their situation :: understand|their side|pressure|asked|listened|empathy",
      "what you changed in how you worked with them :: changed|adjusted|agreed|expectations|written|regular",
      "the outcome for the work :: outcome|delivered|improved|shipped|relationship",
    ]],
    ["bh-con-code-review", "conflict", "Tell me about a time a code review turned into a real disagreement.", [
      "the technical point in dispute :: review|pull request|pr|design|approach|comment",
      "how you moved the discussion off the comment thread :: call|talked|met|in person|synchronous",
      "the evidence you used to decide :: benchmark|data|test|prototype|documentation|example",
      "what you changed in review practice :: guidelines|style guide|lint|convention|process",
    ]],
    // Influence without authority
    ["bh-inf-convince-peers", "influence", "Tell me about a time you convinced other engineers to adopt your idea without having authority over them.", [
      "the idea and why it mattered :: proposal|idea|tool|approach|migration|standard",
      "how you built support :: prototype|demo|data|design doc|rfc|one-on-one|early adopters",
      "how you handled objections :: objection|concern|feedback|pushback|addressed|adjusted",
      "adoption and impact :: adopted|teams|rolled out|standard|percent|usage",
    ], { companies: ["google", "meta"] }],
    ["bh-inf-say-no", "influence", "Describe a time you pushed back on a request from a senior stakeholder.", [
      "the request and why you pushed back :: request|asked|pushed back|concern|risk|cost",
      "the alternative you offered :: alternative|instead|proposed|option|trade-off",
      "how you framed it in their terms :: business|customer|goal|impact|data",
      "the outcome :: agreed|accepted|changed|outcome|decided",
    ], { levels: ["L4", "L7"], companies: ["amazon"] }],
    ["bh-inf-tech-direction", "influence", "Tell me about a time you changed the technical direction of a group larger than your own team.", [
      "why the current direction was a problem :: problem|cost|risk|slow|duplicat*|incident",
      "how you built the case across teams :: design doc|rfc|proposal|review|architecture|data|prototype",
      "how you brought key people along :: stakeholders|leads|sponsors|champions|one-on-one|feedback",
      "the adopted outcome and its impact :: adopted|migrated|teams|standard|percent|reduced",
    ], { levels: ["L6", "L7"] }],
    ["bh-inf-data", "influence", "Give an example of using data to change someone's mind.", [
      "the belief you wanted to change :: believed|assumed|thought|opinion|intuition",
      "the data you gathered and how :: data|metrics|analysis|experiment|a/b test|survey|logs",
      "how you presented it :: presented|chart|dashboard|doc|explained|meeting",
      "the decision that changed :: changed|decided|switched|agreed|reversed",
    ], { companies: ["amazon", "meta"] }],
    ["bh-inf-product", "influence", "Tell me about a time you influenced a product decision as an engineer.", [
      "the product decision at stake :: product|feature|roadmap|pm|product manager|design",
      "the engineering insight you brought :: cost|complexity|performance|feasib*|risk|alternative",
      "how you worked with product and design :: product manager|designer|pm|together|workshop|prototype",
      IMPACT,
    ], { levels: ["L4", "L7"] }],
    // Leadership
    ["bh-lead-project", "leadership", "Tell me about the most complex project you led from start to finish.", [
      "the scope and why it was complex :: teams|engineers|months|dependencies|complex|scope",
      "how you planned and divided the work :: plan|milestones|roadmap|design doc|broke down|assigned",
      "how you handled risks and changes :: risk|changed|slipped|re-planned|escalat*|mitigat*",
      IMPACT,
    ], { levels: ["L4", "L7"], companies: ["google", "meta"] }],
    ["bh-lead-no-title", "leadership", "Describe a time you led a group without being its formal lead.", [
      "why leadership was needed :: no lead|nobody|gap|stalled|confusion|needed",
      "how you got people aligned :: aligned|kickoff|plan|roles|meeting|doc",
      "how you kept momentum :: check-in|updates|unblocked|followed up|standup",
      "the result for the group :: delivered|shipped|result|outcome|launched",
    ], { companies: ["google"] }],
    ["bh-lead-underperformer", "leadership", "Tell me about a time someone on your team was struggling. What did you do?", [
      "how you noticed and what the signs were :: noticed|missed|struggling|quality|late|quiet",
      "a private, caring conversation :: one-on-one|1:1|privately|asked|listened|support",
      "a concrete plan to help :: plan|pairing|mentor|goals|smaller tasks|check-in",
      "the outcome for the person and the team :: improved|recovered|confidence|delivered|outcome",
    ], { levels: ["L5", "L7"] }],
    ["bh-lead-vision", "leadership", "Tell me about a time you set a technical vision for your area. How did people come to share it?", [
      "the problem the vision addressed :: problem|pain|scale|cost|slow|fragmented",
      "how you wrote and tested the vision :: vision|strategy|document|roadmap|principles|feedback",
      "how you aligned leaders and teams :: leadership|leads|teams|presented|review|buy-in",
      "progress against it :: milestone|adopted|delivered|progress|percent|year",
    ], { levels: ["L6", "L7"] }],
    ["bh-lead-hard-call", "leadership", "Describe a hard call you made with incomplete information.", [
      "what was unknown and why you could not wait :: unknown|uncertain|incomplete|deadline|cost of waiting",
      "how you weighed the options :: options|risk|reversible|trade-off|weighed|data",
      "how you made it safe to be wrong :: reversible|rollback|flag|checkpoint|revisit|experiment",
      "how it turned out :: turned out|result|outcome|right|wrong|learned",
    ], { levels: ["L5", "L7"], companies: ["amazon"] }],
    // Mentoring
    ["bh-men-mentee", "mentoring", "Tell me about someone you mentored. How did they grow?", [
      "where the person started :: new|junior|intern|struggled|joined|first",
      "what you did to help them :: paired|reviewed|one-on-one|1:1|feedback|stretch|coached",
      "how you adapted to their needs :: adapted|learning style|goals|asked them|pace",
      "how they grew :: promoted|independent|led|confidence|owns|grew",
    ], { levels: ["L4", "L7"], companies: ["amazon"] }],
    ["bh-men-onboarding", "mentoring", "Describe how you helped a new team member become productive.", [
      "the gap they faced :: new|onboarding|codebase|context|domain|first week",
      "the structure you gave them :: plan|starter task|buddy|documentation|checklist|pairing",
      "how you checked progress :: check-in|feedback|asked|review|weekly",
      "how quickly they contributed :: first pr|shipped|weeks|days|productive|on-call",
    ]],
    ["bh-men-raise-bar", "mentoring", "Tell me about a time you raised the engineering bar of your team.", [
      "the gap in practice :: quality|bugs|reviews|tests|incidents|inconsistent",
      "the practice you introduced :: guidelines|review|checklist|testing|design doc|training|talk",
      "how you got the team to adopt it :: adopted|team|agreed|example|pairing|workshop",
      IMPACT,
    ], { levels: ["L5", "L7"], companies: ["amazon"] }],
    ["bh-men-hiring", "mentoring", "How have you contributed to hiring, and what did you look for?", [
      "your part in hiring :: interviewed|interviews|hiring|loop|panel|question",
      "the signals you looked for and why :: signal|look for|bar|criteria|rubric",
      "how you kept it fair :: fair|bias|consistent|structured|rubric|calibrat*",
      "a hire or process you improved :: improved|hired|process|question|onboarding",
    ], { levels: ["L5", "L7"], companies: ["amazon"] }],
    ["bh-men-delegate", "mentoring", "Tell me about a time you delegated something important to grow someone else.", [
      "why you chose to delegate it :: delegated|handed|gave|stretch|opportunity|growth",
      "the support you kept in place :: support|check-in|reviewed|available|guidance",
      "how you resisted taking it back :: resist|let them|trusted|their decision|step back",
      "how they and the work turned out :: delivered|grew|promoted|owned|result",
    ], { levels: ["L5", "L7"] }],
    // Ambiguity
    ["bh-amb-unclear-requirements", "ambiguity", "Tell me about a project that started with unclear requirements. How did you make progress?", [
      "what was unclear :: unclear|ambiguous|vague|unknown|no spec|requirements",
      "how you reduced the uncertainty :: asked|interviewed|prototype|spike|questions|users|stakeholders",
      "how you made decisions before everything was known :: assumption|decided|iterat*|reversible|first version",
      IMPACT,
    ], { companies: ["google", "meta", "startup"] }],
    ["bh-amb-changed-priorities", "ambiguity", "Describe a time priorities changed suddenly in the middle of your work.", [
      "the change and what it disrupted :: changed|pivot|reprioriti*|cancelled|new priority",
      "how you re-planned :: re-planned|plan|paused|scope|prioriti*|wrapped up",
      "how you kept the team and stakeholders informed :: told|updated|communicated|team|stakeholders",
      "what came of it :: delivered|shipped|outcome|result",
    ], { companies: ["google", "startup"] }],
    ["bh-amb-no-guidance", "ambiguity", "Tell me about a time you had to figure something out with almost no guidance.", [
      "what was new to you :: new|never|unfamiliar|first time|no documentation",
      "how you learned quickly :: read|source code|experiment|asked|documentation|prototype",
      "how you checked you were on track :: validated|reviewed|feedback|tested|checked",
      IMPACT,
    ], { companies: ["startup"] }],
    ["bh-amb-define-problem", "ambiguity", "Tell me about a time you had to define the problem before anyone could solve it.", [
      "the symptoms people saw :: complaints|symptoms|confusion|slow|failing|unclear",
      "how you framed the real problem :: root|framed|defined|problem statement|data|investigated",
      "how you got agreement on the framing :: agreed|aligned|doc|presented|stakeholders",
      "the solution that followed :: solution|built|changed|result",
    ], { levels: ["L5", "L7"] }],
    ["bh-amb-new-domain", "ambiguity", "Describe a time you had to become effective in an unfamiliar domain quickly.", [
      "the domain and the stakes :: domain|new area|unfamiliar|team|deadline",
      "your learning plan :: read|courses|experts|shadowed|paired|notes",
      "how you contributed early :: first|small|contributed|shipped|weeks",
      LEARNED,
    ]],
    // Customer focus
    ["bh-cus-went-extra", "customer-focus", "Tell me about a time you went out of your way for a customer or user.", [
      "the user's problem :: customer|user|complaint|ticket|problem|pain",
      "how you learned what they really needed :: talked|asked|interview|observed|support|data",
      "the extra effort you made :: extra|beyond|weekend|personally|built|followed up",
      "the effect on the user :: happy|retained|thanked|adoption|resolved|satisfaction",
    ], { companies: ["amazon"] }],
    ["bh-cus-feedback", "customer-focus", "Describe a time user feedback changed what you built.", [
      "the feedback and how you got it :: feedback|survey|interview|support|usability|data",
      "what you had planned before :: planned|original|assumed|roadmap",
      "what you changed :: changed|redesigned|dropped|added|pivot",
      IMPACT,
    ], { companies: ["amazon", "apple"] }],
    ["bh-cus-tradeoff", "customer-focus", "Tell me about a time you had to balance what customers wanted with what the business or team could support.", [
      "the competing needs :: customers|business|cost|team|capacity|wanted",
      "how you quantified each side :: data|cost|impact|users affected|estimate",
      "the decision and how you explained it :: decided|explained|communicated|trade-off",
      "how customers were affected :: customers|users|outcome|satisfaction|churn",
    ], { levels: ["L4", "L7"], companies: ["amazon"] }],
    ["bh-cus-invisible", "customer-focus", "Tell me about work you did that users never see but that mattered to them.", [
      "the hidden work :: reliability|performance|security|infrastructure|latency|migration",
      "how it connected to user experience :: users|customers|experience|errors|slow|trust",
      "how you justified the investment :: justified|data|incidents|cost|convinced",
      IMPACT,
    ]],
    ["bh-cus-accessibility", "customer-focus", "Tell me about a time you made a product work better for users who were being overlooked.", [
      "who was overlooked and how you noticed :: accessibility|screen reader|users|language|slow network|older devices|overlooked",
      "what you changed :: changed|fixed|added|support|redesigned",
      "how you verified it worked for them :: tested|users|audit|feedback|metrics",
      "how you made it stick :: guidelines|checks|tests|process|team",
    ], { companies: ["apple", "google"] }],
    // Failure
    ["bh-fail-biggest", "failure", "Tell me about a significant mistake you made at work.", [
      "a real mistake that was yours :: mistake|my fault|i made|i broke|i caused|wrong",
      "how you owned it openly :: told|admitted|owned|apologi*|flagged|escalated",
      "how you repaired the damage :: fixed|rolled back|recovered|repaired|restored",
      LEARNED,
    ], { companies: ["amazon", "microsoft", "meta"] }],
    ["bh-fail-project", "failure", "Describe a project that failed. What was your part in it?", [
      "what failed and how you knew :: failed|cancelled|missed|did not work|abandoned",
      "your own part, not only others' :: my part|i should have|i missed|i assumed|my responsibility",
      "what you did once it was failing :: raised|pivot|cut|salvaged|stopped",
      LEARNED,
    ], { companies: ["microsoft"] }],
    ["bh-fail-feedback-late", "failure", "Tell me about a time you realised too late that you were building the wrong thing.", [
      "how you found out :: found out|realised|realized|feedback|users|data",
      "why the signal came late :: assumption|did not ask|skipped|late|too late",
      "what you did with the work :: reused|salvaged|pivoted|threw away|changed",
      "how you validate earlier now :: prototype|validate|early|users|now i|check",
    ]],
    ["bh-fail-risk", "failure", "Tell me about a calculated risk you took that did not work out.", [
      "the risk and why you took it :: risk|bet|chance|experiment|tried",
      "how you limited the downside :: limited|rollback|flag|small|time-box|pilot",
      "what happened :: failed|did not work|result|outcome",
      LEARNED,
    ], { companies: ["amazon", "startup"] }],
    ["bh-fail-broke-prod", "failure", "Tell me about a time a change you made broke something in production.", [
      "what broke and who was affected :: broke|outage|errors|users|customers|production",
      "how you responded in the moment :: rolled back|rollback|hotfix|paged|fixed",
      "why your checks did not catch it :: test|missed|review|staging|edge case",
      "what you changed so it cannot recur :: added tests|canary|monitoring|checklist|guardrail",
    ]],
    // Feedback
    ["bh-fb-received-hard", "feedback", "Tell me about the hardest feedback you have received. What did you do with it?", [
      "the feedback itself :: feedback|told me|said|review|criticism",
      "your first reaction, honestly :: defensive|surprised|hurt|reaction|disagreed",
      "what you changed as a result :: changed|worked on|practised|practiced|started|stopped",
      "evidence the change stuck :: later|since|promoted|noticed|feedback improved",
    ], { companies: ["google", "microsoft", "meta"] }],
    ["bh-fb-gave-hard", "feedback", "Tell me about a time you gave difficult feedback to a peer.", [
      "why the feedback was needed :: needed|problem|impact|team|behaviour|behavior",
      "how you delivered it :: privately|one-on-one|1:1|specific|example|kind|direct",
      "how they responded and how you followed up :: responded|followed up|reaction|agreed",
      "the change that followed :: changed|improved|better|relationship",
    ], { companies: ["google"] }],
    ["bh-fb-upward", "feedback", "Describe a time you gave feedback to your manager or someone more senior.", [
      "what you needed to say :: feedback|concern|issue|noticed",
      "how you chose the moment and framing :: one-on-one|1:1|privately|framed|specific|example",
      "their response :: responded|thanked|changed|agreed|listened",
      "the outcome :: outcome|changed|improved|since",
    ]],
    ["bh-fb-growth-mindset", "feedback", "Tell me about a skill you were weak at and how you improved it.", [
      "the skill and how you knew you were weak :: weak|feedback|struggled|noticed|skill",
      "the deliberate practice you did :: practised|practiced|course|read|mentor|every week|deliberate",
      "how you measured improvement :: feedback|measured|better|faster|results",
      "where you still want to grow :: still|next|continue|working on",
    ], { companies: ["microsoft"] }],
    ["bh-fb-review-culture", "feedback", "How do you make it easy for others to give you critical feedback?", [
      "why you seek it :: blind spots|grow|improve|better decisions",
      "concrete habits that invite it :: ask|retro|one-on-one|1:1|anonymous|review|specific questions",
      "an example of feedback you acted on :: example|told me|changed|acted",
      "how you respond so people keep giving it :: thank|listen|not defensive|follow up",
    ]],
    // Prioritisation
    ["bh-pri-too-much", "prioritisation", "Tell me about a time you had more work than you could possibly do. How did you decide what to drop?", [
      "the competing demands :: requests|projects|priorities|deadlines|too much",
      "how you ranked them :: impact|urgency|effort|prioriti*|matrix|goals",
      "how you said no or renegotiated :: said no|deferred|renegotiated|pushed back|dropped|delegated",
      "what the choice achieved :: delivered|outcome|impact|result",
    ]],
    ["bh-pri-tech-debt", "prioritisation", "Describe how you made the case for paying down technical debt.", [
      "the debt and its cost :: technical debt|slow|incidents|bugs|fragile|cost",
      "how you quantified it :: hours|incidents|data|measured|velocity|time spent",
      "the plan you proposed :: plan|incremental|percent|sprint|roadmap|migration",
      IMPACT,
    ], { levels: ["L4", "L7"] }],
    ["bh-pri-quality-speed", "prioritisation", "Tell me about a time you had to trade quality for speed. How did you decide where the line was?", [
      "why speed mattered :: deadline|launch|customer|competitor|speed",
      "what you refused to compromise :: security|data|tests|correctness|not compromise|non-negotiable",
      "what you deferred and how you tracked it :: deferred|ticket|follow-up|debt|backlog|later",
      "whether you went back to it :: went back|fixed later|paid down|followed up",
    ], { companies: ["startup", "meta"] }],
    ["bh-pri-stop-project", "prioritisation", "Tell me about a time you recommended stopping or cancelling work.", [
      "the signals it was not worth continuing :: data|cost|no users|not working|sunk cost",
      "how you made the recommendation :: recommended|proposed|presented|doc|data",
      "how you handled the people involved :: team|morale|explained|reassigned|recogni*",
      "what the freed time achieved :: freed|instead|redirected|result",
    ], { levels: ["L5", "L7"], companies: ["amazon"] }],
    ["bh-pri-frugal", "prioritisation", "Tell me about a time you achieved more with fewer resources.", [
      "the constraint :: budget|headcount|no budget|small team|limited|cost",
      "the simpler approach you found :: simpler|reused|existing|open source|automated|cheaper",
      "what you gave up :: gave up|trade-off|without|instead",
      IMPACT,
    ], { companies: ["amazon", "startup"] }],
    // Collaboration
    ["bh-col-cross-functional", "collaboration", "Tell me about working closely with non-engineers, such as designers, product managers or hardware teams.", [
      "who you worked with and the goal :: designer|product manager|pm|hardware|marketing|sales|support",
      "how you bridged different vocabularies :: explained|prototype|diagram|translated|language|demo",
      "a tension you worked through :: tension|disagreed|constraint|trade-off|compromise",
      "the shared outcome :: launched|shipped|outcome|result",
    ], { companies: ["apple", "google"] }],
    ["bh-col-remote", "collaboration", "Describe collaborating with a team in a different location or time zone.", [
      "the coordination challenge :: time zone|remote|distributed|overlap|async",
      "the practices you set up :: written|docs|async|handoff|recorded|overlap hours",
      "how you built trust at a distance :: trust|video|visited|relationship|regular",
      "the outcome :: delivered|shipped|outcome|result",
    ]],
    ["bh-col-help-other-team", "collaboration", "Tell me about a time you helped another team succeed at a cost to your own work.", [
      "why they needed help :: needed|blocked|struggling|deadline|asked",
      "what it cost you :: cost|delayed|paused|my own|time",
      "how you decided it was worth it :: company|customer|bigger|priority|impact",
      "the result for both teams :: delivered|launched|result|relationship",
    ], { companies: ["google"] }],
    ["bh-col-team-player", "collaboration", "What does a great team look like to you, and how have you helped build one?", [
      "your picture of a great team :: trust|ownership|feedback|clear goals|psychological safety",
      "a specific thing you did :: started|introduced|organised|organized|ran|helped",
      "how you handled someone not fitting in :: talked|one-on-one|included|helped",
      "evidence it worked :: shipped|retention|survey|feedback|results",
    ]],
    ["bh-col-shared-credit", "collaboration", "Tell me about a success you shared with others. How did you make sure they got credit?", [
      "the shared success :: launched|shipped|success|project",
      "who contributed what :: contributed|built|designed|helped",
      "how you gave credit :: credit|thanked|shout-out|recogni*|named|demo",
      "why it mattered to you :: team|trust|morale|fair",
    ]],
    // Communication
    ["bh-com-explain-technical", "communication", "Tell me about a time you explained a complex technical issue to a non-technical audience.", [
      "the audience and what they needed to decide :: executives|customers|sales|non-technical|decide",
      "how you simplified without misleading :: analogy|diagram|example|simplified|plain language",
      "how you checked they understood :: questions|checked|understood|feedback",
      "the decision that followed :: decided|approved|chose|result",
    ]],
    ["bh-com-bad-news", "communication", "Describe a time you had to deliver bad news about a project.", [
      "the bad news :: late|slip|delay|over budget|failed|bad news",
      "how early and directly you told people :: early|immediately|told|directly|as soon as",
      "the options or plan you brought with it :: options|plan|proposal|mitigation|new date",
      "how it was received and what happened :: received|accepted|outcome|trust",
    ]],
    ["bh-com-written", "communication", "Tell me about a document you wrote that changed how people worked.", [
      "the document and its audience :: design doc|rfc|proposal|doc|writeup|readme|runbook",
      "how you structured it :: summary|problem|options|recommendation|structure",
      "how you gathered input :: review|comments|feedback|reviewers",
      "what changed because of it :: adopted|decided|changed|used|teams",
    ], { companies: ["amazon"] }],
    ["bh-com-misunderstanding", "communication", "Tell me about a misunderstanding that caused problems. How did you resolve it and prevent the next one?", [
      "the misunderstanding :: misunderstood|assumed|different|expected|confusion",
      "its cost :: rework|delay|wasted|bug|cost",
      "how you cleared it up :: clarified|talked|met|wrote|confirmed",
      "what you do now to prevent it :: written|confirm|summary|acceptance criteria|now i",
    ]],
    ["bh-com-meeting", "communication", "Describe a time you turned an unproductive meeting or discussion into a decision.", [
      "why it was stuck :: stuck|circles|no decision|debate|unclear",
      "what you did in the room :: summarised|summarized|options|proposed|whiteboard|decision maker",
      "how you captured the outcome :: notes|wrote|action items|owners|follow-up",
      "what followed :: decided|shipped|outcome",
    ]],
    // Innovation
    ["bh-inn-simplify", "innovation", "Tell me about a time you made something much simpler.", [
      "what was complicated :: complex|complicated|manual|steps|slow|confusing",
      "the simpler design you found :: simpler|removed|deleted|automated|replaced|consolidated",
      "how you proved it was still correct :: tested|verified|compared|migration|rollout",
      IMPACT,
    ], { companies: ["amazon", "apple"] }],
    ["bh-inn-new-idea", "innovation", "Describe an original idea of yours that made it into production.", [
      "the problem behind the idea :: problem|pain|noticed|opportunity",
      "the idea and what made it new :: idea|new|invented|approach|first",
      "how you tested it cheaply :: prototype|hackathon|experiment|proof of concept|spike",
      "the result in production :: production|launched|users|adopted|percent",
    ], { companies: ["amazon", "google"] }],
    ["bh-inn-automate", "innovation", "Tell me about a time you automated away repetitive work.", [
      "the repetitive work and its cost :: manual|repetitive|hours|every week|toil",
      "what you automated :: script|automated|tool|pipeline|bot|ci",
      "how you made it reliable :: tested|monitoring|fallback|documented",
      IMPACT,
    ]],
    ["bh-inn-think-big", "innovation", "Tell me about a time you proposed something much bigger than what was asked.", [
      "the original ask :: asked|request|original|small",
      "the bigger opportunity you saw :: opportunity|bigger|platform|company-wide|vision",
      "how you got buy-in :: proposal|doc|pitched|leadership|buy-in",
      "what came of it :: launched|funded|adopted|result",
    ], { levels: ["L5", "L7"], companies: ["amazon"] }],
    ["bh-inn-curious", "innovation", "Tell me about something you learned on your own that later proved useful at work.", [
      "what you learned and why :: curious|learned|side project|read|course",
      "how you learned it :: built|read|course|project|practised|practiced",
      "when it became useful :: used|applied|useful|helped",
      IMPACT,
    ], { companies: ["amazon", "microsoft"] }],
    // Diving deep
    ["bh-dd-root-cause", "dive-deep", "Tell me about a problem where the obvious explanation was wrong and you found the real root cause.", [
      "the obvious explanation :: assumed|obvious|everyone thought|looked like",
      "how you dug in :: logs|metrics|traces|profil*|reproduc*|bisect|data",
      "the real root cause :: root cause|turned out|actually|real cause",
      "the fix and the prevention :: fixed|prevent|test|monitoring|alert",
    ], { companies: ["amazon"] }],
    ["bh-dd-metrics-wrong", "dive-deep", "Describe a time the numbers did not look right and you investigated.", [
      "what looked off :: metric|dashboard|numbers|anomaly|spike|drop",
      "how you validated the data :: query|sql|validated|compared|sampled|raw data",
      "what you found :: found|bug|turned out|cause",
      "what you changed :: fixed|corrected|changed|alert|test",
    ], { companies: ["amazon", "meta"] }],
    ["bh-dd-details", "dive-deep", "Tell me about a time attention to detail saved a project.", [
      "the detail others missed :: detail|missed|noticed|edge case|small",
      "how you found it :: reviewed|tested|checked|read|audit",
      "what would have happened otherwise :: would have|outage|data loss|bug|customers",
      "how you made the check routine :: checklist|test|automated|review|process",
    ], { companies: ["apple", "amazon"] }],
    ["bh-dd-perf", "dive-deep", "Tell me about a performance problem you tracked down.", [
      "the symptom and who noticed :: slow|latency|timeout|users|p99|complaints",
      "how you measured before changing anything :: profil*|measured|benchmark|trace|flame graph|metrics",
      "the cause and fix :: cause|fixed|index|cache|query|algorithm",
      "the measured improvement :: ms|seconds|percent|faster|reduced",
    ]],
    ["bh-dd-understand-system", "dive-deep", "How do you get to know a large unfamiliar codebase? Give an example.", [
      "where you started :: entry point|readme|docs|architecture|tests",
      "techniques you used :: debugger|traced|logs|diagram|grep|read code|breakpoints",
      "how you checked your understanding :: asked|small change|test|explained|wrote",
      "how fast you became productive :: weeks|days|first change|shipped",
    ]],
    // Bias for action
    ["bh-bfa-decide-fast", "bias-for-action", "Tell me about a time you acted quickly without waiting for all the information.", [
      "why waiting was costly :: cost|urgent|customers|losing|every hour|waiting",
      "why the decision was safe to make :: reversible|rollback|small|limited|safe",
      "what you did :: decided|shipped|acted|rolled out|fixed",
      "what happened and what you adjusted :: result|adjusted|outcome|changed",
    ], { companies: ["amazon", "startup"] }],
    ["bh-bfa-unblock", "bias-for-action", "Tell me about a time you unblocked yourself instead of waiting on someone else.", [
      "what was blocking you :: blocked|waiting|dependency|another team|approval",
      "what you did to move forward :: workaround|mock|stub|built|went to|paired",
      "how you kept it aligned with the owner :: told|asked|agreed|owner|pull request",
      "time saved or result :: days|weeks|saved|shipped|result",
    ], { companies: ["amazon", "startup"] }],
    ["bh-bfa-experiment", "bias-for-action", "Describe a small experiment you ran to settle a debate.", [
      "the debate :: debate|disagreed|opinions|argued",
      "the experiment design :: experiment|a/b|prototype|benchmark|test|pilot",
      "what it showed :: showed|result|data|proved",
      "the decision that followed :: decided|adopted|chose|shipped",
    ]],
    ["bh-bfa-too-hasty", "bias-for-action", "Tell me about a time you moved too fast. What did it cost?", [
      "what you rushed :: rushed|fast|skipped|without|hasty",
      "the cost :: bug|rework|outage|cost|confus",
      "how you recovered :: fixed|rolled back|recovered|apologi*",
      LEARNED,
    ]],
    // High standards
    ["bh-hs-refused-ship", "high-standards", "Tell me about a time you refused to ship something that was not good enough.", [
      "what was not good enough :: bugs|quality|not ready|performance|security|experience",
      "the pressure to ship anyway :: pressure|deadline|manager|launch|date",
      "how you made the case :: data|demo|explained|risk|showed",
      "the outcome :: delayed|fixed|shipped|quality|customers",
    ], { companies: ["apple", "amazon"] }],
    ["bh-hs-quality-bar", "high-standards", "How do you decide when your own work is good enough? Give an example.", [
      "your standard :: standard|bar|good enough|done|definition of done",
      "how you check your work :: tests|review|checklist|staging|measured",
      "a case where you raised your own bar :: raised|extra|more tests|rewrote|polish",
      "a case where good enough was right :: good enough|trade-off|shipped|diminishing",
    ], { companies: ["apple"] }],
    ["bh-hs-polish", "high-standards", "Tell me about a time you sweated the small details of something users touch.", [
      "the detail and why it mattered to users :: detail|users|experience|pixel|animation|copy|latency",
      "how you found what was wrong :: noticed|tested|users|feedback|review",
      "what you changed :: changed|fixed|polished|redesigned",
      "the effect :: users|feedback|metrics|satisfaction|fewer",
    ], { companies: ["apple"] }],
    ["bh-hs-testing", "high-standards", "Tell me about a time you improved how your team tests software.", [
      "the testing gap :: flaky|no tests|bugs|regressions|slow tests|manual",
      "the change you made :: unit tests|integration tests|ci|end-to-end|test pyramid|coverage",
      "how you got others to adopt it :: team|adopted|example|review|pairing",
      IMPACT,
    ]],
    ["bh-hs-recurring-bug", "high-standards", "Describe a time you fixed a whole class of bugs rather than one bug.", [
      "the pattern you noticed :: pattern|same bug|recurring|class of|again",
      "the systemic fix :: type|lint|library|abstraction|validation|framework|guardrail",
      "how you rolled it out :: migrated|codemod|rolled out|team|gradually",
      IMPACT,
    ], { levels: ["L4", "L7"] }],
    // Inclusion
    ["bh-inc-quiet-voices", "inclusion", "Tell me about a time you made sure quieter people on your team were heard.", [
      "how you noticed voices were missing :: quiet|interrupted|not heard|dominated|new",
      "what you changed :: round-robin|written|asked|async|invited|agenda",
      "the effect on decisions :: ideas|better decision|contributed|perspective",
      "how it lasted :: practice|since|team|habit",
    ], { companies: ["google"] }],
    ["bh-inc-different-background", "inclusion", "Describe working with someone whose background or working style was very different from yours.", [
      "the difference :: different|culture|style|background|language|time zone",
      "how you adapted :: adapted|adjusted|asked|learned|changed",
      "what you gained from the difference :: perspective|learned|better|idea",
      "the outcome :: outcome|result|delivered|relationship",
    ], { companies: ["google", "microsoft"] }],
    ["bh-inc-welcome", "inclusion", "What have you done to make a team more welcoming for new or under-represented people?", [
      "the problem you saw :: new|under-represented|excluded|onboarding|left out",
      "specific actions :: mentor|onboarding|buddy|documentation|inclusive|invited|sponsored",
      "how you measured or observed change :: feedback|survey|retention|stayed|noticed",
      "what you would do next :: next|more|continue",
    ], { companies: ["google", "microsoft"] }],
    ["bh-inc-user-diversity", "inclusion", "Tell me about a time you noticed a product decision would exclude some users.", [
      "who would be excluded :: excluded|users|accessibility|language|region|device|bandwidth",
      "how you raised it :: raised|flagged|data|showed|proposal",
      "what changed :: changed|added|supported|redesigned",
      "the effect on those users :: users|adoption|feedback|reach",
    ], { companies: ["google", "apple"] }],
    ["bh-inc-safe-mistakes", "inclusion", "How have you made it safe for people on your team to admit mistakes?", [
      "why it mattered :: hidden|afraid|blame|mistakes|incidents",
      "what you did yourself first :: shared my|admitted|my own mistake|modelled|modeled|example",
      "practices you introduced :: blameless|postmortem|retro|review",
      "the change you saw :: more|openly|earlier|reported|trust",
    ], { levels: ["L5", "L7"], companies: ["google"] }],
  ],
);
