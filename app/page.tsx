import { cachedTracks } from "@/lib/catalog/cache";
import { Landing } from "@/components/catalog/landing";

// The home page is static: the landing page every visitor gets. A request
// carrying a session cookie is rewritten to /dashboard before it gets here
// (next.config.js), so a signed-in learner still finds their dashboard at "/".
export default async function HomePage() {
  return <Landing tracks={await cachedTracks()} />;
}
