/// <reference types="@remix-run/dev" />
/// <reference types="@remix-run/node" />

// Single fetch changes what loaders may return (`data()`, plain objects with Dates);
// this tells the type helpers so.
declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

export {};
