import type { Crumb } from "@/components/ui/crumbs";

/** The breadcrumb of a page under a team: Teams / the team / this page. */
export function teamCrumbs(team: { id: string; name: string }, current: string): Crumb[] {
  return [{ label: "Teams", href: "/teams" }, { label: team.name, href: `/teams/${team.id}` }, { label: current }];
}
