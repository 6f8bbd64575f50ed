import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { ActivityHeatmap } from "@/components/dashboard/activity-heatmap";
import { ProgressOverview } from "@/components/dashboard/progress-overview";
import { StreakSummary } from "@/components/dashboard/streak-summary";
import { TimeZoneSync } from "@/components/dashboard/time-zone-sync";
import { TopicCards } from "@/components/dashboard/topic-cards";
import { UpdatedTopics } from "@/components/dashboard/updated-topics";
import { AssignedToYou } from "@/components/teams/assigned-to-you";
import type { Dashboard as DashboardData } from "@/lib/progress/schema";
import { CARD } from "@/components/ui/card";

const EXPORT_URL = "/api/me/progress/export";

/**
 * The signed-in home page: where to pick up, how far along the roadmap the
 * learner is, and how regularly they study. Server-rendered; the only client
 * code is the time-zone sync, which renders nothing.
 */
export function Dashboard({ name, data }: { name: string; data: DashboardData }) {
  return (
    <div className="flex flex-col gap-6">
      <TimeZoneSync timeZone={data.timeZone} />
      <header className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div className="flex flex-col gap-1">
          <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl dark:text-slate-50">Welcome back, {name}</h1>
          <p className="text-lg text-slate-700 dark:text-slate-300">Here is where you are on the LLM course roadmap.</p>
        </div>
        <nav aria-label="Dashboard" className="flex flex-wrap gap-2">
          {/* Plain links: the browser downloads the file with the session cookie, no JS needed. */}
          <a href={`${EXPORT_URL}?format=csv`} download className={buttonClasses("secondary")}>
            Export CSV
          </a>
          <a href={`${EXPORT_URL}?format=json`} download className={buttonClasses("secondary")}>
            Export JSON
          </a>
          <Link href="/settings" className={buttonClasses("ghost")}>
            Settings
          </Link>
        </nav>
      </header>
      <AssignedToYou />
      <TopicCards continueTopic={data.continue} nextUp={data.nextUp} />
      <UpdatedTopics topics={data.updatedSinceDone} />
      <ProgressOverview overall={data.overall} tracks={data.tracks} />
      <section aria-labelledby="activity-heading" className={`${CARD} flex flex-col gap-5`}>
        <h2 id="activity-heading" className="text-xl font-semibold text-slate-900 dark:text-slate-50">
          Study activity
        </h2>
        <StreakSummary streak={data.streak} timeZone={data.timeZone} />
        <ActivityHeatmap activity={data.activity} />
      </section>
    </div>
  );
}
