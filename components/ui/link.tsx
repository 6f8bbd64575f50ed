"use client";

import NextLink from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps, FocusEvent, MouseEvent, TouchEvent } from "react";

type Props = ComponentProps<typeof NextLink>;

/**
 * next/link that prefetches on intent (pointer over it, a touch, keyboard
 * focus) rather than whenever it scrolls into view. Viewport prefetching
 * fetched and decoded every visible link's page while the page itself was
 * still starting, which a phone pays for in main-thread time (Lighthouse
 * TBT); intent still leaves a hover's worth of time before the click.
 */
export default function Link({ href, prefetch, onMouseEnter, onTouchStart, onFocus, ...props }: Props) {
  const router = useRouter();
  const intent = () => {
    if (prefetch === false) return;
    const url = typeof href === "string" ? href : `${href.pathname ?? ""}${href.search ?? ""}`;
    if (url.startsWith("/")) router.prefetch(url);
  };
  return (
    <NextLink
      href={href}
      prefetch={false}
      onMouseEnter={(event: MouseEvent<HTMLAnchorElement>) => (onMouseEnter?.(event), intent())}
      onTouchStart={(event: TouchEvent<HTMLAnchorElement>) => (onTouchStart?.(event), intent())}
      onFocus={(event: FocusEvent<HTMLAnchorElement>) => (onFocus?.(event), intent())}
      {...props}
    />
  );
}
