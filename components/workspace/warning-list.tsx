import Link from "next/link";
import type { SectionWarning } from "@/lib/reports/quality-checks";

/** Things worth a second look before submitting or publishing; none of them blocks. */
export function WarningList({ reportId, warnings, linkSections = true }: { reportId: string; warnings: SectionWarning[]; linkSections?: boolean }) {
  if (warnings.length === 0) return null;
  return (
    <div className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-testid="quality-warnings">
      <p className="font-medium">请再检查（不影响提交）：</p>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {warnings.map((w, i) => (
          <li key={`${w.sectionKey}-${i}`}>
            {linkSections ? (
              <Link href={`/workspace/reports/${reportId}/sections/${w.sectionKey}`} className="underline-offset-2 hover:underline">
                {w.sectionTitle}
              </Link>
            ) : (
              w.sectionTitle
            )}
            ：{w.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
