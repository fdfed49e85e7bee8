import type { DiffPart } from "@/lib/reports/diff-text";

/** Changes are marked by text for screen readers as well as by colour and strike-through. */
export function DiffParts({ parts }: { parts: DiffPart[] }) {
  return parts.map((part, i) =>
    part.type === "removed" ? (
      <del key={i} className="rounded-sm bg-red-100 text-red-900 line-through decoration-red-700">
        <span className="sr-only">［删除：</span>
        {part.text}
        <span className="sr-only">］</span>
      </del>
    ) : part.type === "added" ? (
      <ins key={i} className="rounded-sm bg-green-100 text-green-950 underline decoration-green-700 underline-offset-4">
        <span className="sr-only">［新增：</span>
        {part.text}
        <span className="sr-only">］</span>
      </ins>
    ) : (
      <span key={i}>{part.text}</span>
    ),
  );
}
