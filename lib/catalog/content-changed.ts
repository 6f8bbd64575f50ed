// The one hook for "the catalog changed": every admin edit and the importer
// call it after their transaction commits. Pages read the catalog on every
// request today (dynamic rendering), so a running app already shows a change
// without a restart and there is nothing to do here yet. When pages become
// static, this is where they are revalidated; no caller has to change.
// No "server-only" guard: the seed (tsx, outside Next) calls it too.

/** Tells the app that tracks, topics, key points or resources changed. */
export function contentChanged(): void {
  // Intentionally empty while every catalog page renders per request (see above).
}
