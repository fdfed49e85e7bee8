// A section is "dropped" when the template it was made from no longer has its key (the admin
// removed it), or when it is a unit's own sub-section whose heading is no longer a level-1
// section of the template. Its text stays in the report until the unit moves or deletes it by
// hand; it is never required and never blocks submission.
type Section = { key: string; templateKey: string | null; parentKey: string | null };

export function findDroppedKeys(sections: Section[], template: { key: string; level: number }[]): Set<string> {
  const templateKeys = new Set(template.map((t) => t.key));
  const headings = new Set(template.filter((t) => t.level === 1).map((t) => t.key));
  const dropped = new Set(sections.filter((s) => s.templateKey !== null && !templateKeys.has(s.templateKey)).map((s) => s.key));
  for (const s of sections) {
    if (s.templateKey !== null) continue;
    if (s.parentKey === null || !headings.has(s.parentKey) || dropped.has(s.parentKey)) dropped.add(s.key);
  }
  return dropped;
}

/** Label of the group shown to the report's editors and marked for its reviewers. */
export const droppedGroupLabel = "已从模板中移除的部分";
