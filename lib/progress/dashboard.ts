import { activityWindow, computeStreaks, localDate } from "@/lib/progress/activity";
import { percent } from "@/lib/progress/policy";
import type { DashboardRow, TopicPickRow } from "@/lib/progress/queries";
import type { Dashboard, TopicRef } from "@/lib/progress/schema";

const toRef = (row: TopicPickRow | undefined): TopicRef | null =>
  row ? { slug: row.slug, title: row.title, track: { slug: row.trackSlug, title: row.trackTitle } } : null;

/** Turns the dashboard statement's row into the dashboard (pure: totals, picks, streaks, heatmap window). */
export function buildDashboard({ tracks, picks, days, updated }: DashboardRow, timeZone: string, now: Date): Dashboard {
  const today = localDate(now, timeZone);
  const done = tracks.reduce((sum, t) => sum + t.done, 0);
  const total = tracks.reduce((sum, t) => sum + t.total, 0);
  return {
    overall: { done, total, percent: percent(done, total) },
    tracks: tracks.map(({ position: _position, ...t }) => ({ ...t, percent: percent(t.done, t.total) })),
    continue: toRef(picks.find((p) => p.kind === "continue")),
    nextUp: toRef(picks.find((p) => p.kind === "nextUp")),
    streak: computeStreaks(days.map((d) => d.day), today),
    activity: activityWindow(new Map(days.map((d) => [d.day, d.count])), today),
    updatedSinceDone: updated.map((u) => ({ ...toRef({ ...u, kind: "continue" })!, newResources: u.newResources })),
    timeZone,
  };
}
