// Role questions for frontend (and full-stack) engineers: browser and JavaScript
// fundamentals, state management, web performance and accessibility.
import { defineQuestions } from "./define.ts";

export const FRONTEND_QUESTIONS = defineQuestions(
  "role",
  { stages: ["phone-screen", "technical-deep-dive"], roles: ["frontend", "full-stack"], levels: ["L3", "L7"] },
  [
    // Browser and JavaScript fundamentals
    [
      "fe-br-event-loop",
      "browser-fundamentals",
      "Explain the JavaScript event loop, including microtasks and macrotasks.",
      [
        "a single thread with a call stack :: single thread*|call stack|one thing at a time",
        "the task queue for timers and events :: task queue|macrotask*|settimeout|callback queue",
        "the microtask queue for promises, drained first :: microtask*|promise*|then|drained|before the next task",
        "rendering between tasks and blocking the main thread :: render*|main thread|block*|long task*|requestanimationframe",
      ],
    ],
    [
      "fe-br-critical-path",
      "browser-fundamentals",
      "What happens between typing a URL and seeing a rendered page?",
      [
        "DNS, connection and TLS :: dns|tcp|tls|handshake|connection",
        "the HTTP request and response :: http|request|response|server",
        "parsing HTML and CSS into the DOM and CSSOM :: parse|dom|cssom|html parser",
        "layout, paint and compositing :: layout|paint|composit*|render tree|reflow",
        "render-blocking resources :: render-blocking|blocking|defer|async|critical css",
      ],
    ],
    [
      "fe-br-closures",
      "browser-fundamentals",
      "What is a closure in JavaScript? Give a practical use and a common pitfall.",
      [
        "a function keeping access to its outer scope :: outer scope|lexical|enclosing|remember*|captur*",
        "a practical use such as private state or callbacks :: private|counter|factory|callback|handler|memoiz*",
        "a pitfall: stale values or loops with var :: stale|var|loop|let|memory leak",
      ],
    ],
    [
      "fe-br-this-binding",
      "browser-fundamentals",
      "How is `this` determined in JavaScript, and how do arrow functions change it?",
      [
        "call-site rules: method call, plain call, new :: call site|method|new|global|undefined in strict",
        "explicit binding with call, apply and bind :: call|apply|bind",
        "arrow functions capture this lexically :: arrow function*|lexical*|enclosing|do not have their own",
        "class method callbacks losing this :: callback|event handler|lose|lost|class method",
      ],
    ],
    [
      "fe-br-storage",
      "browser-fundamentals",
      "Compare cookies, localStorage, sessionStorage and IndexedDB.",
      [
        "cookies sent with every request, with size limits :: cookie*|every request|4kb|sent to the server",
        "cookie security flags :: httponly|secure|samesite",
        "local and session storage lifetimes and synchronous API :: localstorage|sessionstorage|tab|persist*|synchronous",
        "IndexedDB for larger structured data :: indexeddb|structured|large|asynchronous|async",
        "never storing secrets where scripts can read them :: xss|token|secret*|script can read",
      ],
    ],
    [
      "fe-br-cors",
      "browser-fundamentals",
      "What is CORS and why does the browser enforce it?",
      [
        "the same-origin policy :: same-origin|same origin|origin|scheme host port",
        "preflight OPTIONS requests :: preflight|options",
        "server response headers that allow access :: access-control-allow-origin|allow-origin|header*",
        "credentials and wildcard limits :: credentials|cookies|wildcard|asterisk|any origin",
        "CORS is not server-side protection :: not security for the server|curl|server-side|browser only|protects users",
      ],
    ],
    [
      "fe-br-css-layout",
      "browser-fundamentals",
      "When do you use CSS grid versus flexbox? Walk through a layout example.",
      [
        "flexbox for one-dimensional layout :: flexbox|one-dimensional|one dimension|row or column",
        "grid for two-dimensional layout :: grid|two-dimensional|rows and columns|template area*",
        "responsive behaviour without many media queries :: responsive|minmax|auto-fit|auto-fill|wrap|media quer*",
        "a concrete layout example :: header|sidebar|card*|navigation|example",
      ],
    ],
    // State management
    [
      "fe-st-where",
      "state-management",
      "How do you decide where a piece of state should live in a frontend app?",
      [
        "local component state by default :: local state|component state|usestate|colocat*",
        "lifting state to the closest common parent :: lift*|common parent|shared",
        "server state handled by a data-fetching cache :: server state|react query|tanstack|swr|cache|loader",
        "URL state for shareable views :: url|query string|search param*|shareable",
        "global stores only for truly global state :: global|redux|zustand|context|store",
      ],
    ],
    [
      "fe-st-server-cache",
      "state-management",
      "What problems do data-fetching libraries like TanStack Query or SWR solve?",
      [
        "caching and deduplicating requests :: cache|cach*|dedup*",
        "stale-while-revalidate and background refetching :: stale|revalidat*|refetch*|background",
        "loading and error states :: loading|error state*|status",
        "mutations with invalidation or optimistic updates :: mutation*|invalidat*|optimistic",
      ],
    ],
    [
      "fe-st-optimistic",
      "state-management",
      "How would you implement an optimistic UI update for liking a post, and how do you handle failure?",
      [
        "updating the UI before the server responds :: immediately|before the server|optimistic*|instant",
        "keeping the previous state to roll back :: previous state|snapshot|roll back|rollback|revert",
        "reconciling with the server response :: server response|reconcil*|confirm|refetch",
        "telling the user when it fails :: error message|toast|notify|tell the user",
        "handling rapid repeated clicks :: rapid|double click|debounce|race|latest",
      ],
    ],
    [
      "fe-st-redux-when",
      "state-management",
      "When is a global store such as Redux worth it, and when is it overkill?",
      [
        "cases that benefit: complex shared client state :: complex|shared|many components|undo|collaborat*",
        "predictable updates and devtools :: predictable|reducer*|devtools|time travel",
        "overkill for server data or local UI state :: overkill|server data|local|boilerplate",
        "lighter alternatives :: context|zustand|jotai|signals|usereducer",
      ],
    ],
    [
      "fe-st-realtime",
      "state-management",
      "How would you keep a dashboard's data up to date in real time?",
      [
        "a transport: WebSockets, SSE or polling :: websocket*|server-sent events|sse|poll*",
        "merging updates into client state :: merge|normaliz*|update the cache|patch",
        "reconnection and missed updates :: reconnect*|missed|resync|backoff|last event id",
        "throttling renders for busy streams :: throttl*|batch*|debounce|requestanimationframe",
      ],
      { levels: ["L4", "L7"] },
    ],
    // Web performance
    [
      "fe-perf-core-vitals",
      "web-performance",
      "What are Core Web Vitals and how would you improve each?",
      [
        "LCP and how to improve it :: lcp|largest contentful paint|image|preload|server response",
        "INP and main-thread work :: inp|interaction to next paint|fid|main thread|long task*",
        "CLS and reserving space :: cls|cumulative layout shift|dimensions|reserve space|aspect-ratio",
        "measuring with field data :: field data|rum|crux|real user*|web-vitals",
      ],
    ],
    [
      "fe-perf-bundle",
      "web-performance",
      "The JavaScript bundle for your app has grown to 2 MB. How do you bring it down?",
      [
        "analysing what is in the bundle :: analyz*|bundle analyz*|source-map-explorer|visualiz*",
        "code splitting by route and lazy loading :: code split*|lazy|dynamic import|route",
        "removing or replacing heavy dependencies :: dependenc*|replace|lighter|moment|lodash|tree shak*",
        "a performance budget in CI :: budget|ci|size limit|regression",
      ],
    ],
    [
      "fe-perf-images",
      "web-performance",
      "How do you serve images efficiently on a content-heavy site?",
      [
        "modern formats :: webp|avif|format*",
        "responsive sizes with srcset :: srcset|sizes|responsive|resize",
        "lazy loading below the fold :: lazy|loading=lazy|below the fold",
        "CDN and caching :: cdn|cache",
        "explicit dimensions to avoid layout shift :: width and height|dimensions|layout shift|cls",
      ],
    ],
    [
      "fe-perf-long-list",
      "web-performance",
      "How would you render a list of 50,000 rows without freezing the page?",
      [
        "virtualisation: only render visible rows :: virtualiz*|windowing|visible rows|react-window|virtual list",
        "pagination or incremental loading :: paginat*|infinite scroll|incremental|load more",
        "avoiding expensive work per row :: memo*|expensive|per row|key",
        "moving heavy work off the main thread :: web worker*|off the main thread|worker",
      ],
    ],
    [
      "fe-perf-debug-slow-interaction",
      "web-performance",
      "Users say clicking a filter feels slow. How do you find and fix the cause?",
      [
        "reproducing and profiling in the browser :: performance panel|profil*|devtools|reproduc*|trace",
        "finding long tasks and expensive renders :: long task*|render*|re-render*|layout thrash*",
        "fixes: less work, deferring or yielding :: debounce|usetransition|defer*|memo*|yield|web worker",
        "verifying with a measurement :: measure*|before and after|ms|inp",
      ],
    ],
    [
      "fe-perf-caching-http",
      "web-performance",
      "How do HTTP caching headers work for a frontend app?",
      [
        "Cache-Control directives :: cache-control|max-age|no-cache|no-store|immutable",
        "validation with ETag or Last-Modified :: etag|last-modified|304|if-none-match",
        "different policies for HTML and hashed assets :: html|hashed|fingerprint*|assets",
        "CDN and shared caches :: cdn|s-maxage|shared cache|private",
      ],
    ],
    // Accessibility
    [
      "fe-a11y-basics",
      "accessibility",
      "How do you make a web page accessible to screen reader and keyboard users?",
      [
        "semantic HTML first :: semantic|button|nav|heading*|landmark*|label",
        "full keyboard support and visible focus :: keyboard|tab|focus|focus visible|tabindex",
        "text alternatives and labels :: alt text|alt|label*|aria-label",
        "testing with real assistive technology :: screen reader|voiceover|nvda|jaws|axe|audit",
        "colour contrast :: contrast|colour|color|wcag",
      ],
    ],
    [
      "fe-a11y-modal",
      "accessibility",
      "How would you build an accessible modal dialog?",
      [
        "the dialog role or native dialog element :: dialog|role=dialog|aria-modal",
        "moving focus in and trapping it :: focus trap|trap focus|move focus|first focusable",
        "closing with Escape and restoring focus :: escape|esc|restore focus|return focus",
        "a labelled title :: aria-labelledby|title|label*",
        "hiding background content from assistive tech :: inert|aria-hidden|background",
      ],
    ],
    [
      "fe-a11y-aria",
      "accessibility",
      "What is ARIA for, and what is the first rule of using it?",
      [
        "adding semantics native HTML lacks :: semantics|role*|state*|properties",
        "prefer native elements over ARIA :: native|no aria is better|first rule|use a button",
        "live regions for dynamic updates :: live region|aria-live|announce",
        "wrong ARIA is worse than none :: worse|misus*|incorrect|mislead*",
      ],
    ],
    [
      "fe-a11y-process",
      "accessibility",
      "How would you make accessibility part of a team's normal process rather than an afterthought?",
      [
        "accessible components in the design system :: design system|component library|shared components",
        "automated checks in CI :: axe|lint|ci|automated",
        "manual testing with keyboard and screen readers :: manual|keyboard|screen reader",
        "definition of done and training :: definition of done|checklist|training|guidelines|wcag",
      ],
      { levels: ["L4", "L7"] },
    ],
    [
      "fe-a11y-forms",
      "accessibility",
      "What makes a form accessible?",
      [
        "visible labels tied to inputs :: label*|for attribute|htmlfor|visible label",
        "errors announced and linked to fields :: aria-describedby|aria-invalid|announce*|error message*",
        "logical order and grouping :: fieldset|legend|order|group*",
        "not relying on colour or placeholder alone :: placeholder|colour alone|color alone|icon",
      ],
    ],
  ],
);
