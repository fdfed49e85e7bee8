import { PrintButton } from "./print-button";
import { TextSizeSwitch } from "./text-size-switch";

export function ReportToolbar() {
  return (
    <div role="group" aria-label="阅读工具" data-print="hide" className="flex flex-wrap items-center justify-end gap-2">
      <TextSizeSwitch />
      <PrintButton />
    </div>
  );
}
