import Link from "@/components/ui/link";

export default function NotFound() {
  return (
    <div className="flex flex-col items-start gap-4">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="text-slate-700 dark:text-slate-300">There is nothing at this address.</p>
      <Link href="/tracks" className="text-indigo-700 hover:underline dark:text-indigo-300">
        Browse the tracks
      </Link>
    </div>
  );
}
