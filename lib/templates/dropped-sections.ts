// A section is "dropped" when the template it was made from no longer has its key (the admin
// removed it), or when it is a unit's own sub-section under such a heading. Its text stays in the
// report until the unit moves or deletes it by hand; it never blocks submission.
type Section = { key: string; templateKey: string | null; parentKey: string | null };

export function findDroppedKeys(sections: Section[], templateKeys: Set<string>): Set<string> {
  const dropped = new Set(sections.filter((s) => s.templateKey !== null && !templateKeys.has(s.templateKey)).map((s) => s.key));
  for (const s of sections) {
    if (s.templateKey === null && s.parentKey !== null && dropped.has(s.parentKey)) dropped.add(s.key);
  }
  return dropped;
}

/** Label of the group shown to the report's editors and marked for its reviewers. */
export const droppedGroupLabel = "已从模板中移除的部分";
