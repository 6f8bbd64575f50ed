"use client";

import Link from "@/components/ui/link";
import { useInfiniteQuery } from "@tanstack/react-query";
import { getJson } from "@/components/progress/api-client";
import type { ActivityPageDto } from "@/lib/teams/schema";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { teamKey, teamUrl } from "@/components/teams/queries";

/** The team's recent activity (who started or finished which topic, when), newest first, a page at a time. */
export function ActivityFeed({ teamId }: { teamId: string }) {
  const feed = useInfiniteQuery({
    queryKey: [...teamKey(teamId), "activity"],
    queryFn: ({ pageParam }) => getJson<ActivityPageDto>(teamUrl(teamId, `/activity${pageParam ? `?cursor=${encodeURIComponent(pageParam)}` : ""}`)),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
  if (feed.isPending) return <p className="text-sm text-slate-600 dark:text-slate-400">Loading activity…</p>;
  if (feed.error) return <Alert tone="error">{feed.error.message}</Alert>;
  const items = feed.data.pages.flatMap((page) => page.items);
  return (
    <div className="flex flex-col gap-3">
      {items.length === 0 ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">No activity yet.</p>
      ) : (
        <ul aria-label="Recent activity" className="flex flex-col divide-y divide-slate-200 text-sm dark:divide-slate-800">
          {items.map((item) => (
            <li key={item.id} className="flex flex-wrap justify-between gap-2 py-2 text-slate-800 dark:text-slate-200">
              <span>
                <span className="font-medium">{item.user.name}</span> {item.kind === "FINISHED" ? "finished" : "started"}{" "}
                <Link href={`/topics/${item.topic.slug}`} className="text-indigo-700 underline underline-offset-2 dark:text-indigo-300">
                  {item.topic.title}
                </Link>
              </span>
              <time dateTime={item.at} className="text-slate-600 dark:text-slate-400">
                {new Date(item.at).toLocaleString("en", { dateStyle: "medium", timeStyle: "short" })}
              </time>
            </li>
          ))}
        </ul>
      )}
      {feed.hasNextPage && (
        <div>
          <Button variant="secondary" disabled={feed.isFetchingNextPage} onClick={() => feed.fetchNextPage()}>
            {feed.isFetchingNextPage ? "Loading…" : "Load more"}
          </Button>
        </div>
      )}
    </div>
  );
}
