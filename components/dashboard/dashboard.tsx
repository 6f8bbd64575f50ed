import Link from "@/components/ui/link";
import { buttonClasses } from "@/components/ui/button";
import { DashboardContent, LearnerName } from "@/components/dashboard/dashboard-content";

const EXPORT_URL = "/api/me/progress/export";

/**
 * The signed-in home page. The document is static (the same bytes for every
 * learner, like the catalog pages): the heading, the export links and a
 * placeholder; the learner's part is one client island that loads
 * GET /api/me/dashboard after the page (components/dashboard/dashboard-content.tsx).
 */
export function Dashboard() {
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div className="flex flex-col gap-1">
          <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl dark:text-slate-50">
            Welcome back<LearnerName />
          </h1>
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
      <DashboardContent />
    </div>
  );
}
