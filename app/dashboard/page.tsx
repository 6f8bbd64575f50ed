import type { Metadata } from "next";
import { cachedTracks } from "@/lib/catalog/cache";
import { getDashboard } from "@/lib/progress/data";
import { remainingEffortByTrack } from "@/lib/progress/effort";
import { getCurrentUser } from "@/lib/session";
import { Landing } from "@/components/catalog/landing";
import { Dashboard } from "@/components/dashboard/dashboard";

export const metadata: Metadata = { title: "Dashboard" };

// The learner's dashboard, rendered per request, straight from the data layer
// (no round trip through our own API); "/" is rewritten here when the request
// carries a session cookie (next.config.js). A cookie whose session ended gets
// the landing page, as "/" would give.
export default async function DashboardPage() {
  const user = await getCurrentUser();
  if (!user) return <Landing tracks={await cachedTracks()} />;
  const [dashboard, remaining] = await Promise.all([getDashboard(user.id, user.timeZone), remainingEffortByTrack(user.id)]);
  return <Dashboard name={user.name} data={dashboard} remaining={remaining} />;
}
