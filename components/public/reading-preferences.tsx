"use client";

import { useSyncExternalStore } from "react";
import { cn } from "@/lib/utils";
import { CONTRAST_STORAGE_KEY, TEXT_SIZE_STORAGE_KEY } from "./text-size";

type Preference = {
  /** The data attribute on <html> that the CSS and the restore script use. */
  attribute: "textSize" | "contrast";
  onValue: string;
  storageKey: string;
  label: string;
  options: [off: string, on: string];
};

const preferences: Preference[] = [
  { attribute: "textSize", onValue: "large", storageKey: TEXT_SIZE_STORAGE_KEY, label: "字号", options: ["标准字号", "大字号"] },
  { attribute: "contrast", onValue: "high", storageKey: CONTRAST_STORAGE_KEY, label: "对比度", options: ["标准对比度", "高对比度"] },
];

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-text-size", "data-contrast"] });
  return () => observer.disconnect();
}

function set(preference: Preference, on: boolean) {
  const data = document.documentElement.dataset;
  if (on) data[preference.attribute] = preference.onValue;
  else delete data[preference.attribute];
  try {
    if (on) localStorage.setItem(preference.storageKey, preference.onValue);
    else localStorage.removeItem(preference.storageKey);
  } catch {
    // Private browsing may refuse storage; the switch still works for this page.
  }
}

function PreferenceSwitch({ preference }: { preference: Preference }) {
  const isOn = useSyncExternalStore(
    subscribe,
    () => document.documentElement.dataset[preference.attribute] === preference.onValue,
    () => false,
  );
  return (
    <div role="group" aria-label={preference.label} className="inline-flex overflow-hidden rounded-md border border-stone-300 bg-white">
      {preference.options.map((label, index) => {
        const value = index === 1;
        return (
          <button
            key={label}
            type="button"
            aria-pressed={isOn === value}
            onClick={() => set(preference, value)}
            className={cn(
              "px-2.5 py-1 text-sm not-first:border-l not-first:border-stone-300",
              isOn === value ? "bg-stone-800 font-medium text-white" : "text-stone-700 hover:bg-stone-100",
            )}
          >
            {label}
          </button>
        );
      })}
    </div>
  );
}

/** 适老化: larger text and high contrast, on every public page; the choice is kept across visits. */
export function ReadingPreferences() {
  return (
    <div role="group" aria-label="阅读设置" className="flex flex-wrap items-center gap-2">
      {preferences.map((p) => (
        <PreferenceSwitch key={p.attribute} preference={p} />
      ))}
    </div>
  );
}
