"use client";

import { cloneElement, useRef, useState, type MouseEvent, type ReactElement, type ReactNode } from "react";
import dynamic from "next/dynamic";

const loadContent = () => import("@/components/ui/confirm-dialog-content").then((m) => m.ConfirmDialogContent);
const ConfirmDialogContent = dynamic(loadContent);

type TriggerProps = { onClick?: (event: MouseEvent<HTMLElement>) => void; onPointerEnter?: () => void; onFocus?: () => void };

type Props = {
  trigger: ReactElement<TriggerProps>;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
};

/**
 * A destructive action asks first. The trigger is the page's own button; the
 * dialog (Radix AlertDialog, components/ui/confirm-dialog-content.tsx) loads
 * when the pointer or focus reaches the trigger, and stays mounted once opened.
 */
export function ConfirmDialog({ trigger, title, description, confirmLabel, onConfirm }: Props) {
  const [open, setOpen] = useState(false);
  const [mounted, setMounted] = useState(false);
  const triggerRef = useRef<HTMLElement>(null);
  const preload = () => void loadContent();
  return (
    <>
      {cloneElement(trigger, {
        ref: triggerRef,
        "aria-haspopup": "dialog",
        "aria-expanded": open,
        onPointerEnter: preload,
        onFocus: preload,
        onClick: (event: MouseEvent<HTMLElement>) => {
          trigger.props.onClick?.(event);
          if (event.defaultPrevented) return;
          setMounted(true);
          setOpen(true);
        },
      } as TriggerProps)}
      {mounted && (
        <ConfirmDialogContent
          open={open}
          onOpenChange={setOpen}
          returnFocusTo={triggerRef}
          title={title}
          description={description}
          confirmLabel={confirmLabel}
          onConfirm={onConfirm}
        />
      )}
    </>
  );
}
