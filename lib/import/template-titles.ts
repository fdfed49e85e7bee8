// The app's default section titles (lib/reports/template.ts): a line that starts with one of
// them starts a section even when copying glued its text on ("…情况根据区委要求…").
import { defaultTemplateSections } from "@/lib/reports/template";
import { foldWidth } from "@/lib/import/text-forms";

/** Quotes come straight or curly depending on the copy; one character stands for all. */
function comparable(text: string): string {
  return foldWidth(text).replace(/[“”"‘’']/g, '"');
}

const titles = [
  ...new Set(
    [2022, 2023].flatMap((year) =>
      (["TOWN", "DEPARTMENT"] as const).flatMap((kind) => defaultTemplateSections(year, kind).map((s) => comparable(s.title))),
    ),
  ),
].sort((a, b) => b.length - a.length);

/** The length of the template title the text starts with, or 0. */
export function startsWithTemplateTitle(text: string): number {
  const form = comparable(text);
  return titles.find((title) => form.startsWith(title))?.length ?? 0;
}
