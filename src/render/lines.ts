// How a line of a reply is shortened and joined, so every layout says "Why:" and cuts a summary the same way.

export const withWhy = (what: string, why: string | undefined): string => (why ? `${what} Why: ${why}` : what);
export const lowerFirst = (s: string): string => (/^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);
export const stop = (s: string): string => (/[.!?:…]$/.test(s) ? s : `${s}.`);

/** Cut at a word, marked with "…": the whole stays under "Show more" or in the plain text. */
export const clip = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, '')}…`);

/** The first sentence of a summary, for a line that must stay one line; the whole is under "Show more". */
export function gist(text: string, max = 100): string {
  const first = text.split(/(?<=[.;])\s/)[0] ?? text;
  if (first.length <= max) return first.replace(/[.;]$/, '');
  return clip(first, max);
}

const LIST_ITEM = /^(?:[-*•]|\d+\.)\s/;

/**
 * Text as Web Chat and Teams show it: they read it as Markdown, where a single line break does not end
 * a paragraph (the lines would run together), so each line becomes its own paragraph, with a blank line
 * between, and a run of list items stays one list. Leading spaces go, so no line is read as code or as
 * a continuation of the list before it.
 */
export function asParagraphs(text: string): string {
  const blocks: string[] = [];
  let inList = false;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) { inList = false; continue; }
    const item = LIST_ITEM.test(line);
    if (item && inList) blocks[blocks.length - 1] += `\n${line}`;
    else blocks.push(line);
    inList = item;
  }
  return blocks.join('\n\n');
}
