import Markdown, { defaultUrlTransform, type Components } from "react-markdown";
import { cn } from "@/components/ui/cn";

// Links leave the app in a new tab without handing it our window (noopener)
// or our URL (noreferrer). Stored text (notes, suggestions, topics) is inert
// here: raw HTML is skipped (never parsed into elements), and every URL goes
// through react-markdown's allow-list (http, https, mailto, relative …), which
// empties javascript:, data: and vbscript: URLs — entity tricks included, as
// Markdown decodes them first. A link whose URL was dropped is shown as text.
// Proven in a browser by tests/e2e/inert-content.spec.ts.
const components: Components = {
  a: ({ href, children }) => {
    if (!href) return <span>{children}</span>;
    return (
      <a
        href={href}
        target="_blank"
        rel="noopener noreferrer nofollow"
        className="font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900 dark:text-indigo-300 dark:hover:text-indigo-200"
      >
        {children}
        <span className="sr-only"> (opens in a new tab)</span>
      </a>
    );
  },
};

/** Renders Markdown from the roadmap or a learner's note. */
export function MarkdownText({ children, className, inline }: { children: string; className?: string; inline?: boolean }) {
  return (
    <div className={cn("leading-relaxed [&_li]:ml-5 [&_ol]:list-decimal [&_p+p]:mt-3 [&_ul]:list-disc", className)}>
      <Markdown skipHtml urlTransform={defaultUrlTransform} components={inline ? { ...components, p: ({ children: c }) => <>{c}</> } : components}>
        {children}
      </Markdown>
    </div>
  );
}
