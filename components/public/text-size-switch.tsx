"use client";

import { useSyncExternalStore } from "react";
import { cn } from "@/lib/utils";
import { TEXT_SIZE_STORAGE_KEY } from "./text-size";

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-text-size"] });
  return () => observer.disconnect();
}

const isLargeNow = () => document.documentElement.dataset.textSize === "large";

function setLarge(isLarge: boolean) {
  if (isLarge) document.documentElement.dataset.textSize = "large";
  else delete document.documentElement.dataset.textSize;
  try {
    if (isLarge) localStorage.setItem(TEXT_SIZE_STORAGE_KEY, "large");
    else localStorage.removeItem(TEXT_SIZE_STORAGE_KEY);
  } catch {
    // Private browsing may refuse storage; the switch still works for this page.
  }
}

/** 标准字号 / 大字号 for older readers (适老化); the choice is kept across visits. */
export function TextSizeSwitch() {
  const isLarge = useSyncExternalStore(subscribe, isLargeNow, () => false);
  const options = [
    { label: "标准字号", value: false },
    { label: "大字号", value: true },
  ];
  return (
    <div role="group" aria-label="字号" className="inline-flex overflow-hidden rounded-md border border-stone-300 bg-white">
      {options.map((option) => (
        <button
          key={option.label}
          type="button"
          aria-pressed={isLarge === option.value}
          onClick={() => setLarge(option.value)}
          className={cn(
            "px-3 py-1.5 text-sm not-first:border-l not-first:border-stone-300",
            isLarge === option.value ? "bg-stone-800 font-medium text-white" : "text-stone-700 hover:bg-stone-100",
          )}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
