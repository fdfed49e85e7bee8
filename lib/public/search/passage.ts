import { makeSnippet, type Snippet } from "./snippet";

/** Where a passage is taken from: the first match in the body, with room around it for a snippet. */
export const passageBefore = 131;
export const passageLength = 302;

/**
 * Text around a result's first match in the body, read by the database so that only a few
 * hundred characters of each result leave it. Its first character is the one before the
 * window: a line break when the window starts a paragraph.
 */
export type PassageRow = {
  id: number;
  /** Null when only the title matches. */
  passage: string | null;
  /** The window runs to the end of the text. */
  reachesEnd: boolean;
  /** Occurrences of the words in the whole text. */
  matchCount: number;
};

/** The snippet a passage shows: its first character only says whether a paragraph starts there. */
export function snippetOfPassage(row: Pick<PassageRow, "passage" | "reachesEnd">, terms: string[]): Snippet | null {
  if (!row.passage) return null;
  const [lead] = row.passage;
  return makeSnippet(row.passage.slice(lead.length), terms, { cutBefore: lead !== "\n", cutAfter: !row.reachesEnd });
}
