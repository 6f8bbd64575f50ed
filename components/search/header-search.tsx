"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { Highlighted, SEARCH_TYPE_LABEL } from "@/components/search/highlighted";
import { STATUS_LABEL } from "@/components/progress/status-labels";
import type { SearchItem } from "@/lib/search/schema";

const SUGGESTIONS = 6;
const DEBOUNCE_MS = 150;

/** Whether a key press happened where the learner is typing (so "/" is a character there, not a shortcut). */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/**
 * The header's search box (WAI-ARIA combobox with a listbox popup): "/"
 * focuses it from anywhere but a text field; suggestions load as you type;
 * ↑/↓ move through them, Enter opens the highlighted one or, with none
 * highlighted, the results page; Escape closes the list, then clears.
 */
export function HeaderSearch() {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const [query, setQuery] = useState("");
  const [items, setItems] = useState<SearchItem[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "/" || event.metaKey || event.ctrlKey || event.altKey || isTypingTarget(event.target)) return;
      event.preventDefault();
      input.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) {
      setItems([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/search?q=${encodeURIComponent(q)}&limit=${SUGGESTIONS}`, { signal: controller.signal });
        if (!response.ok) return;
        const data = (await response.json()) as { items: SearchItem[] };
        setItems(data.items);
        setActive(-1);
      } catch {
        // Aborted by the next keystroke, or offline: keep what is shown.
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  const expanded = open && query.trim().length >= 2 && items.length > 0;
  // Leaving the box (and emptying it) hands the keyboard back to the page opened, e.g. the topic's shortcuts.
  const go = (href: string) => {
    setOpen(false);
    setQuery("");
    input.current?.blur();
    router.push(href);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      if (items.length === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      // -1 is the input itself: moving past either end returns to it.
      setActive((current) => {
        const next = current + step;
        if (next >= items.length) return -1;
        return next < -1 ? items.length - 1 : next;
      });
      return;
    }
    if (event.key === "Escape") {
      if (expanded) setOpen(false);
      else setQuery("");
      return;
    }
    if (event.key === "Enter") {
      event.preventDefault();
      const chosen = expanded && active >= 0 ? items[active] : undefined;
      if (chosen) go(chosen.href);
      else if (query.trim().length >= 2) go(`/search?q=${encodeURIComponent(query.trim())}`);
    }
  };

  return (
    <form role="search" className="relative w-full sm:w-64" onSubmit={(event) => event.preventDefault()}>
      <label htmlFor={`${listId}-input`} className="sr-only">
        Search topics, key points and resources
      </label>
      <input
        ref={input}
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={`${listId}-list`}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? `${listId}-option-${active}` : undefined}
        aria-keyshortcuts="/"
        autoComplete="off"
        placeholder="Search  ( / )"
        value={query}
        maxLength={200}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 placeholder:text-slate-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400"
      />
      <ul
        id={`${listId}-list`}
        role="listbox"
        aria-label="Suggestions"
        hidden={!expanded}
        className="absolute right-0 left-0 z-30 mt-1 max-h-96 overflow-y-auto rounded-md border border-slate-200 bg-white py-1 shadow-lg sm:left-auto sm:w-96 dark:border-slate-700 dark:bg-slate-900"
      >
        {items.map((item, i) => (
          <li
            key={`${item.type}-${item.href}-${item.title}`}
            id={`${listId}-option-${i}`}
            role="option"
            aria-selected={i === active}
            // mousedown, not click: it runs before the input's blur closes the list.
            onMouseDown={(event) => {
              event.preventDefault();
              go(item.href);
            }}
            onMouseEnter={() => setActive(i)}
            className={`cursor-pointer px-3 py-2 text-sm ${i === active ? "bg-indigo-50 dark:bg-slate-800" : ""}`}
          >
            <span className="block font-medium text-slate-900 dark:text-slate-50">
              <Highlighted text={item.title} ranges={item.highlights.title} />
            </span>
            <span className="block text-xs text-slate-600 dark:text-slate-400">
              {SEARCH_TYPE_LABEL[item.type]}
              {item.type !== "topic" && ` · ${item.topic.title}`}
              {item.status && item.status !== "NOT_STARTED" && ` · ${STATUS_LABEL[item.status]}`}
            </span>
          </li>
        ))}
      </ul>
    </form>
  );
}
