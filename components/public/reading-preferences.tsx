import type { PagePreference } from "./page-tools";

type Switch = { attribute: PagePreference["attribute"]; label: string; options: [off: string, on: string] };

const switches: Switch[] = [
  { attribute: "textSize", label: "字号", options: ["标准字号", "大字号"] },
  { attribute: "contrast", label: "对比度", options: ["标准对比度", "高对比度"] },
];

/**
 * 适老化: larger text and high contrast, on every public page; the choice is kept across visits.
 * Rendered as "standard"; the page tools script (page-tools.ts) switches and marks the choice.
 */
export function ReadingPreferences() {
  return (
    <div role="group" aria-label="阅读设置" className="flex flex-wrap items-center gap-2">
      {switches.map((s) => (
        <div key={s.attribute} role="group" aria-label={s.label} className="inline-flex overflow-hidden rounded-md border border-stone-300 bg-white">
          {s.options.map((label, index) => (
            <button
              key={label}
              type="button"
              data-preference={s.attribute}
              data-value={index === 1 ? "on" : "off"}
              aria-pressed={index === 0}
              // The script may mark the reader's choice before React hydrates.
              suppressHydrationWarning
              className="px-2.5 py-1 text-sm text-stone-700 not-first:border-l not-first:border-stone-300 aria-[pressed=false]:hover:bg-stone-100 aria-pressed:bg-stone-800 aria-pressed:font-medium aria-pressed:text-white"
            >
              {label}
            </button>
          ))}
        </div>
      ))}
    </div>
  );
}
