// What each question exercises. Progress across sessions is reported per competency,
// so behavioral competencies and technical topics share one list.

export const COMPETENCIES = {
  // Behavioral
  ownership: "Ownership",
  delivery: "Delivering results",
  conflict: "Conflict and disagreement",
  influence: "Influence without authority",
  leadership: "Leading projects and people",
  mentoring: "Mentoring and developing others",
  ambiguity: "Handling ambiguity",
  "customer-focus": "Customer focus",
  failure: "Failure and learning",
  feedback: "Giving and receiving feedback",
  prioritisation: "Prioritisation and trade-offs",
  collaboration: "Collaboration",
  communication: "Communication",
  innovation: "Inventing and simplifying",
  "dive-deep": "Diving deep",
  "bias-for-action": "Bias for action",
  "high-standards": "High standards and quality",
  inclusion: "Inclusion",
  // Recruiter screen and team match
  motivation: "Motivation and company fit",
  "career-story": "Career story",
  "team-fit": "Team fit",
  // Role knowledge
  "frontend-frameworks": "Frontend frameworks",
  "browser-fundamentals": "Browser and JavaScript fundamentals",
  "state-management": "State management",
  "web-performance": "Web performance",
  accessibility: "Accessibility",
  apis: "API design",
  "type-safety": "Type-safe end-to-end development",
  deployment: "Deployment and delivery",
  databases: "Databases and query optimisation",
  "distributed-systems": "Distributed systems",
  microservices: "Microservices",
  caching: "Caching",
  "load-balancing": "Load balancing",
  containers: "Containers and orchestration",
  testing: "Testing",
  security: "Security",
  observability: "Debugging and observability",
  // System design
  "system-design": "System design",
  "frontend-system-design": "Frontend system design",
  // Coding concepts
  "arrays-hashing": "Arrays, strings and hashing",
  "linked-lists-stacks": "Linked lists, stacks and queues",
  "trees-graphs": "Trees and graphs",
  "dynamic-programming": "Dynamic programming",
  "searching-sorting": "Searching and sorting",
  complexity: "Complexity analysis",
  concurrency: "Concurrency",
  "javascript-coding": "JavaScript coding",
  "object-oriented-design": "Object-oriented design",
} as const;

export type CompetencyId = keyof typeof COMPETENCIES;

export function isCompetencyId(value: string): value is CompetencyId {
  return Object.hasOwn(COMPETENCIES, value);
}
