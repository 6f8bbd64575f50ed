import Markdown, { type Components } from "react-markdown";
import { cn } from "@/components/ui/cn";

// Links leave the app in a new tab without handing it our window (noopener)
// or our URL (noreferrer). react-markdown renders no raw HTML and drops
// javascript: URLs, so user text (notes) is safe to render here too.
const components: Components = {
  a: ({ href, children }) => (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer nofollow"
      className="font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900 dark:text-indigo-300 dark:hover:text-indigo-200"
    >
      {children}
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  ),
};

/** Renders Markdown from the roadmap or a learner's note. */
export function MarkdownText({ children, className, inline }: { children: string; className?: string; inline?: boolean }) {
  return (
    <div className={cn("leading-relaxed [&_li]:ml-5 [&_ol]:list-decimal [&_p+p]:mt-3 [&_ul]:list-disc", className)}>
      <Markdown components={inline ? { ...components, p: ({ children: c }) => <>{c}</> } : components}>{children}</Markdown>
    </div>
  );
}
