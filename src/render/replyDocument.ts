// One reply, laid out once: the route becomes titled blocks of lines and contacts. The plain-text and
// Adaptive Card renderers both read this, so the card and its spoken fallback never say different things.
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import { citationText } from '../knowledge/citation.js';
import type { ContactNow } from '../pathway/hours.js';
import type { Route, ServiceFit } from '../pathway/route.js';

export interface ReplyBlock {
  heading?: string;
  lines: string[];
  contacts: ContactNow[];
  citation?: string;
  urgent?: boolean;
  /** Shown behind a toggle on cards ("ruled out"). */
  collapsed?: boolean;
}

export interface ReplyDocument { title: string; urgent: boolean; blocks: ReplyBlock[]; sources: string[]; footer: string }

export const GUIDANCE_FOOTER = 'Guidance, not a referral: professional judgement and local procedures stand. In an emergency call 999.';


function serviceBlock(kb: KnowledgeBase, fit: ServiceFit): ReplyBlock {
  const s = fit.service;
  const lines = [s.summary];
  if (s.ages) lines.push(`Ages: ${s.ages.asPrinted}.`);
  if (fit.reasons.length) lines.push(`Why it fits: ${fit.reasons.join('; ')}.`);
  if (fit.howToRefer.length) lines.push(`How to refer: ${fit.howToRefer.join(' ')}`);
  return { heading: s.provider && !s.name.includes(s.provider) ? `${s.name} (${s.provider})` : s.name, lines, contacts: fit.contacts, citation: citationText(kb, s.citation) };
}

export function layoutRoute(kb: KnowledgeBase, route: Route): ReplyDocument {
  const blocks: ReplyBlock[] = [];
  route.steps.forEach((step, i) => {
    blocks.push({
      heading: route.steps.length > 1 ? `${i + 1}. ${step.action}` : step.action,
      lines: [...(step.why ? [`Why: ${step.why}`] : []), ...step.details],
      contacts: step.contacts,
      citation: step.citation ? citationText(kb, step.citation) : undefined,
      urgent: step.urgent,
    });
  });
  for (const match of route.levels) {
    const l = match.level;
    const lines = [l.definition];
    if (match.matched.length) lines.push(`Indicators it matches (${l.name}): ${match.matched.map(m => `"${m.item}" (${m.domain})`).join('; ')}.`);
    if (l.whatToDo.length) lines.push(`What to do: ${l.whatToDo.join(' ')}`);
    blocks.push({ heading: `${l.name}${l.title ? `: ${l.title}` : ''}`, lines, contacts: [], citation: citationText(kb, l.citation) });
  }
  if (route.startHere.length) {
    blocks.push({ heading: 'Start here', lines: [], contacts: [] });
    blocks.push(...route.startHere.map(f => serviceBlock(kb, f)));
  }
  if (route.alsoConsider.length) {
    blocks.push({ heading: 'Also consider', lines: [], contacts: [] });
    blocks.push(...route.alsoConsider.map(f => serviceBlock(kb, f)));
  }
  if (route.ruledOut.length) {
    blocks.push({ heading: 'Ruled out', lines: route.ruledOut.map(r => `${r.service.name}: ${r.reason}.`), contacts: [], collapsed: true });
  }
  for (const note of route.notes) blocks.push({ lines: [note.text], contacts: [], citation: note.citation ? citationText(kb, note.citation) : undefined });
  return {
    title: route.headline,
    urgent: route.kind === 'safeguarding',
    blocks,
    sources: route.citations.map(c => citationText(kb, c)),
    footer: GUIDANCE_FOOTER,
  };
}
