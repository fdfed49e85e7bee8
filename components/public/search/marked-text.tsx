import type { TextPart } from "@/lib/public/search/snippet";

/** Text with the search's matches in <mark>; every part is rendered as text, never as HTML. */
export function MarkedText({ parts }: { parts: TextPart[] }) {
  return parts.map((part, index) =>
    part.isMatch ? (
      <mark key={index} className="rounded-sm bg-amber-200 px-px text-stone-950">
        {part.text}
      </mark>
    ) : (
      part.text
    ),
  );
}
