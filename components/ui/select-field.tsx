import { forwardRef, useId, type SelectHTMLAttributes } from "react";
import { cn } from "@/components/ui/cn";

type Props = SelectHTMLAttributes<HTMLSelectElement> & { label: string; options: ReadonlyArray<{ value: string; label: string }>; error?: string };

/** A labelled native select (keyboard and screen readers work as everywhere else). */
export const SelectField = forwardRef<HTMLSelectElement, Props>(function SelectField({ label, options, error, className, id, ...props }, ref) {
  const generated = useId();
  const selectId = id ?? generated;
  const errorId = error ? `${selectId}-error` : undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={selectId} className="text-sm font-medium text-slate-800 dark:text-slate-200">
        {label}
      </label>
      <select
        ref={ref}
        id={selectId}
        aria-invalid={error ? true : undefined}
        aria-describedby={errorId}
        className={cn("min-h-10 rounded-md border border-slate-500 bg-white px-3 py-2 text-slate-900 dark:bg-slate-900 dark:text-slate-100", className)}
        {...props}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={errorId} className="text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
});
