import type { Metadata } from "next";
import { Dashboard } from "@/components/dashboard/dashboard";

export const metadata: Metadata = { title: "Dashboard" };

// The learner's dashboard; "/" is rewritten here when the request carries a
// session cookie (next.config.js). A static document like the catalog pages:
// the learner's part loads from GET /api/me/dashboard after the page, and a
// visitor (or a cookie whose session ended) is asked to sign in there.
export default function DashboardPage() {
  return <Dashboard />;
}
