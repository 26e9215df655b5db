// Word lists the feedback reads sentences with. Verbs are infinitives as compromise gives
// them ("rolled back" → "roll back"); multi-word entries match the start of the infinitive.

/** Verbs of state or attitude: "I was", "we had", "I wanted" set a scene, they are not actions. */
export const STATIVE_VERBS = [
  "be", "have", "seem", "know", "want", "need", "like", "love", "hate", "prefer", "believe", "think", "feel",
  "hope", "wish", "understand", "mean", "belong", "contain", "remain", "expect", "enjoy", "care", "appear",
  "look like", "sound", "matter", "depend", "exist", "use", "work", "join", "own", "get", "become", "happen",
  "involve", "include", "tend", "try", "struggle", "worry", "agree with", "say", "call", "go on", "do",
  "wait", "come", "take",
] as const;

/** Verbs that report how things turned out: "latency dropped", "we saved", "she was promoted". */
export const OUTCOME_VERBS = [
  "drop", "fall", "rise", "increase", "decrease", "reduce", "cut", "improve", "grow", "double", "halve",
  "triple", "save", "reach", "hit", "achieve", "succeed", "pass", "disappear", "vanish", "win", "adopt",
  "thank", "praise", "promote", "renew", "recover", "stabilise", "stabilize", "go down", "go up", "come down",
  "come back", "go smoothly", "go well", "work out", "pay off", "end up", "result", "lead to", "lift",
  "shrink", "speed up", "approve", "accept", "cancel", "ship", "launch", "release", "deliver", "finish",
  "complete", "fell", "gain", "beat", "exceed", "outperform",
] as const;

/** Verbs of reflection: "I learned", "I realised": a lesson, not an outcome. */
export const REFLECTION_VERBS = ["learn", "realise", "realize", "understand", "notice", "discover that"] as const;

/** Verbs about saying, not doing; they count as actions when they change something. */
export const TALK_VERBS = ["talk", "tell", "say", "ask", "speak", "discuss", "mention", "chat", "write"] as const;

/** "usually", "always": a habit, not one story. */
export const HABITUAL_WORDS = [
  "usually", "always", "often", "generally", "typically", "normally", "sometimes", "tend to", "every time",
  "whenever", "in general", "most of the time", "all the time",
] as const;

/** Modal auxiliaries that make a clause hypothetical: "I would ask", "I could". */
export const HYPOTHETICAL_MODALS = ["would", "could", "should", "might", "may", "will", "can", "'d", "shall"] as const;

/** Sentences that say the speaker's part or goal. */
export const TASK_PATTERNS: readonly RegExp[] = [
  /\b(my|our|the) (main )?(goal|task|job|responsibility|mandate|brief|challenge|mission|objective|remit)\b/,
  /\b(i|we) (had|needed|wanted|was asked|were asked|was tasked|were tasked|was supposed|were supposed|had been asked|was expected|were expected) to\b/,
  /\b(responsible for|in charge of|tasked with|asked me to|asked us to|wanted me to|needed me to|my part was|my role was)\b/,
  /\b(was|were|is) (mine|my call|on me|my problem|my page)\b/,
  /\bi (owned|own|was the (owner|lead|on-?call|technical lead|tech lead|engineer on call))\b/,
  /\bi was (the )?(lead|owner|on-?call|responsible|the one|assigned)\b/,
  /\b(the (question|decision|problem) was (whether|how|what))\b/,
  /\bi (took over|took on|picked up|volunteered|offered) (to|as|the|it|this|ownership)\b/,
  /\b(so|and) i (decided|set out|wanted) to\b/,
];

/** Openings that set a scene: where and when. */
export const SETTING_PATTERNS: readonly RegExp[] = [
  /\b(at|in) (my|our|a|the) (last|previous|current|old|first|former) (job|company|team|role|employer|startup|project)\b/,
  /\b(last|this|that|one) (year|quarter|month|week|spring|summer|autumn|fall|winter|friday|monday)\b/,
  /\b(\d+|a|one|two|three|four|five|six|a few|several|some) (years?|months?|weeks?) (ago|in|into)\b/,
  /\b(in|back in|during) (19|20)\d{2}\b/,
  /\bwhen i (joined|was|started|worked|moved|arrived)\b/,
  /\bthere (was|were|had been)\b/,
  /\b(i was|i worked|i am|i work|we were) (a|an|the|on|at|in)\b/,
  /^(so )?(this|it) was (at|when|about|during|in|a)\b/,
  /\bsituation\b/,
];

/** Phrases that mark what followed from the story. */
export const RESULT_PATTERNS: readonly RegExp[] = [
  /\b(as a result|in the end|which meant|this meant|that meant|the result|the outcome|from then on)\b/,
  /^(since then|ever since|afterwards|by the end|after that|within (a|\d+|two|three|four|six) (days?|weeks?|months?|quarters?|years?))\b/,
  /\b(has|have|had) not (happened|recurred|come back|broken|failed)|\bhasn'?t (happened|recurred|come back)|\bnever (happened|broke|came back|recurred)\b|\bno (more|longer)\b|\bzero\b/,
  /\bwent from\b|\bfrom \S+ to \S+/,
  /\b(still|now) (use|uses|used|work|works|running|runs|follow|follows|the)\b/,
  /\b(have|has)(n'?t| not) (had|seen|needed)\b.*\b(since|again)\b/,
];

/** Outcome verbs as written, for sentences whose verbs the tagger merges ("… that improved click-through by 6%"). */
export const OUTCOME_WORDS = /\b(went (\w+ )?(better|well|smoothly)|worked out|improved|reduced|increased|decreased|dropped|fell|rose|grew|doubled|halved|tripled|saved|lifted|boosted|shrank|went (up|down)|came (down|back)|cut (\w+ )?(by|from|in half)|sped up)\b/;

/** A state after the story: "now", "still", "today", "since". */
export const AFTERWARDS_WORDS = /\b(now|still|today|since|ever since|anymore|any more|from then on)\b/;

/** Whole sentences that carry nothing: "So yeah, that's it." */
export const FILLER_SENTENCE = /^(so |and |um+ |uh+ |okay |ok )*(yeah|yes|ok(ay)?|um+|uh+|anyway|that'?s (basically |about )?(it|all)|that is (it|all|the story.*)|so yeah.*|you know|i guess|i think that'?s it)[.!?]*$/i;

/** Words that carry no content of their own when counting what a sentence says. */
export const DISCOURSE_WORDS = new Set([
  "so", "um", "uh", "uhm", "erm", "yeah", "okay", "ok", "like", "basically", "literally", "actually", "honestly",
  "anyway", "well", "right", "just", "really", "kind", "sort", "mean", "know",
]);

/** Phrases that dismiss a technique: "does not help", "is not needed", "pointless". */
export const DISMISSAL_PATTERNS: readonly RegExp[] = [
  /\b(not|never|n't|no) (really )?(needed|necessary|required|useful|worth\w*|helpful|important|a concern|an issue|a thing|used|applicable|possible|needed here)\b/,
  /\b(does|do|did|would|will|can|could|is|are|was|were)(n't| not| never) (\w+ )?(help|work|matter|apply|scale|need|use|make sense|happen|exist|prevent|solve|fix)\b/,
  /\b(unnecessary|pointless|useless|overkill|irrelevant|a waste|a marketing term|obsolete|not a \w+ technique)\b/,
  /\b(can|could|should) (just |safely |simply )?be (ignored|skipped|dropped|left out)\b/,
  /\b(no need (for|to)|don'?t need|doesn'?t need|do not need|does not need|never use|would never use|wouldn'?t use|would not use|avoid using|isn'?t worth|is not worth|not worth)\b/,
  /\bcannot be used\b|\bcan'?t be used\b|\bis not one of\b|\bare not (needed|useful|worth)\b/,
  /\b(never|don'?t|do not|doesn'?t|does not) (have|need) to\b/,
];

/**
 * Phrases that deny a problem exists or matters: "cannot happen", "not a real risk", "is
 * fine". Wrong against any point, a limit or a failure included, since a strong answer
 * names those problems because they are real. Matched on text where "cannot" reads "can not".
 */
export const DENIAL_PATTERNS: readonly RegExp[] = [
  /(can|could|will|would|does|do|did)( not|n't| never) (ever )?(happen|occur|arise|be a problem|go wrong)/,
  /never (happens?|occurs?|matters?|goes wrong|needed|required|necessary|a problem|an issue)/,
  /not (a |an )?(real |big |serious |actual )?(risk|problem|issue|concern|worry)/,
  /nothing to (worry about|design for|do with|handle|fix)|have nothing to do with|has nothing to do with/,
  /(is|are|was|were) (perfectly |totally |completely )?fine|(does|do)( not|n't) matter/,
  /(a waste of time|waste of time)/,
];

/** Point descriptions that are about a limit or a failure, which a negative sentence can make. */
export const LIMITATION_POINT = /\b(why|when)\b.*\b(fails?|not|worse|breaks?|wrong|slow)\b|\b(fails?|pitfalls?|mistakes?|risks?|downsides?|limits?|limitations?|costs?|problems?|drawbacks?|worse|cannot|can't|not|without)\b/i;

/** Words too common in questions to show what a story is about. */
export const GENERIC_QUESTION_WORDS = new Set([
  "tell", "me", "about", "time", "describe", "give", "example", "when", "you", "your", "what", "how", "did", "do",
  "a", "an", "the", "of", "to", "in", "on", "for", "with", "and", "or", "that", "this", "it", "was", "were", "is",
  "are", "had", "have", "has", "someone", "something", "thing", "things", "way", "work", "worked", "team", "teams",
  "project", "projects", "people", "person", "company", "job", "role", "part", "happened", "happen", "why",
  "which", "who", "there", "their", "them", "they", "we", "our", "us", "i", "my", "did", "does", "make", "made",
  "take", "took", "get", "got", "much", "more", "most", "than", "then", "own", "other", "others", "else", "go",
  "went", "out", "up", "one", "first", "last", "new", "really", "very", "could", "would", "should", "all", "any",
  "after", "before", "because", "so", "if", "do", "done", "doing", "deal", "handle", "handled", "approach",
  "example", "situation", "figure", "come", "came", "become", "became", "decide", "decided", "choose", "chose",
  "change", "changed", "good", "great", "big", "bigger", "long", "short", "day", "days", "even", "though", "almost",
  "no", "not", "able", "possibly", "ever", "such", "like", "into", "from", "by", "at", "as", "be", "been", "being",
]);
