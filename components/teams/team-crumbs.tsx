import Link from "next/link";

/** The breadcrumb of a page under a team: Teams / the team / this page. */
export function TeamCrumbs({ team, current }: { team: { id: string; name: string }; current: string }) {
  return (
    <ol className="flex flex-wrap gap-1">
      <li>
        <Link href="/teams" className="hover:underline">
          Teams
        </Link>
        <span aria-hidden="true"> / </span>
      </li>
      <li>
        <Link href={`/teams/${team.id}`} className="hover:underline">
          {team.name}
        </Link>
        <span aria-hidden="true"> / </span>
      </li>
      <li aria-current="page">{current}</li>
    </ol>
  );
}
