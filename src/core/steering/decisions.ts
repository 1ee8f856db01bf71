/**
 * The meeting's decisions are one multi-line text (`SteeringMeetings.decisions`), one decision per line,
 * as the minutes are written. Pure helpers for the tab's editor.
 */

/** The text with a new line added at the end (no blank lines in between). */
export function appendDecisionLine(decisions: string | null | undefined, line: string): string {
  const existing = (decisions ?? '').replace(/\s+$/, '');
  // A trailing space is kept: `decisionPrefix` ends with one, ready for the decision to be typed.
  const added = line.replace(/^\s+/, '');
  if (!added.trim()) return existing;
  return existing ? `${existing}\n${added}` : added;
}

/** A decision's opening about an action, ready to be completed: `DT25-07 Title: `. */
export function decisionPrefix(code: string, title: string): string {
  return `${[code, title].filter(Boolean).join(' ')}: `;
}

/** The decisions as lines (blank lines dropped) for display. */
export function decisionLines(decisions: string | null | undefined): string[] {
  return (decisions ?? '').split(/\r?\n/).map((l) => l.trimEnd()).filter((l) => l.trim() !== '');
}
