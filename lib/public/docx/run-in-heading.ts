// The third heading level of GB/T 9704 ("1." in 仿宋 bold) is written as the start of a
// paragraph: "1.强化组织领导。镇党委……". Only that opening sentence is bold.

/** At most this many characters make a heading; a longer first sentence is ordinary text. */
const maxHeadingLength = 40;

// "1." or "1．" but not a decimal ("1.5亿元"); years such as "2022年" have no dot.
const numbered = /^\d{1,2}[.．](?!\d)/;

export function splitRunInHeading(paragraph: string): { heading: string; rest: string } | null {
  if (!numbered.test(paragraph)) return null;
  const end = paragraph.search(/[。！？]/);
  if (end === -1) return paragraph.length <= maxHeadingLength ? { heading: paragraph, rest: "" } : null;
  if (end + 1 > maxHeadingLength) return null;
  return { heading: paragraph.slice(0, end + 1), rest: paragraph.slice(end + 1) };
}
