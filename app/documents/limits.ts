// Shared by the server and the pages (so not in a .server module, which the browser lacks).

/** Days a deleted document stays restorable in the trash. */
export const TRASH_DAYS = 30;
/** Documents per page of the list. */
export const PAGE_SIZE = 20;
/** Longest search used; longer ones are trimmed with a notice. */
export const SEARCH_MAX = 200;
