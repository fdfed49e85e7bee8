import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

type ListFilterFormProps = {
  action: string;
  label: string;
  /** Kept across a new filter (e.g. the chosen sort); empty values are left out. */
  hidden?: Record<string, string>;
  clearHref: string;
  children: React.ReactNode;
};

/** A plain GET form, so filtering works without JavaScript and every view has its own URL. */
export function ListFilterForm({ action, label, hidden = {}, clearHref, children }: ListFilterFormProps) {
  return (
    <form method="get" action={action} role="search" aria-label={label} className="flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-3">
      {Object.entries(hidden).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
      {children}
      <button type="submit" className={buttonClass("primary")}>
        筛选
      </button>
      <Link href={clearHref} className={buttonClass("ghost")}>
        清除筛选
      </Link>
    </form>
  );
}
