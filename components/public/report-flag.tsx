import { cn } from "@/lib/utils";

const tones = {
  withdrawn: "border-brand-600 bg-brand-50 text-brand-800",
  corrected: "border-amber-400 bg-amber-50 text-status-returned",
} as const;

const labels = { withdrawn: "已撤回", corrected: "已更正" } as const;

/** A text label (never colour alone) for a withdrawn or corrected publication. */
export function ReportFlag({ kind }: { kind: keyof typeof tones }) {
  return (
    <span className={cn("inline-block rounded-sm border px-1.5 py-px text-xs font-medium whitespace-nowrap", tones[kind])}>{labels[kind]}</span>
  );
}
