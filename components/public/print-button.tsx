import { Printer } from "lucide-react";

/** Prints through the page tools script (page-tools.ts). */
export function PrintButton() {
  return (
    <button
      type="button"
      data-action="print"
      className="inline-flex items-center gap-1.5 rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm text-stone-700 hover:bg-stone-100"
    >
      <Printer aria-hidden="true" className="size-4" />
      打印
    </button>
  );
}
