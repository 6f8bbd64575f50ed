/** What a lazily loaded form shows for the moment its code takes to arrive. */
export function FormLoading() {
  return (
    <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
      Loading the form…
    </p>
  );
}
