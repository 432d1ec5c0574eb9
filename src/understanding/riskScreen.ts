// The risk screen (DESIGN.md safety rule 1): every message, every dialog, before anything else. The
// signals are data (knowledge/risk.yaml); a match inside a negated phrase ("isn't being hurt") does not
// count, but any other match in the same message still does.
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import { isNegated, normalise } from './text.js';

export interface RiskScreen { signals: { id: string; immediateDanger: boolean; patterns: RegExp[] }[] }
/** `denied`: signals whose words appear only denied ("no concerns about abuse"), so the message is not about harm. */
export interface RiskFinding { risks: string[]; immediateDanger: boolean; denied: string[] }

export function buildRiskScreen(kb: KnowledgeBase): RiskScreen {
  return { signals: kb.riskSignals.map(s => ({ id: s.id, immediateDanger: s.immediateDanger, patterns: s.patterns.map(p => new RegExp(p, 'gi')) })) };
}

export function screenForRisk(screen: RiskScreen, original: string): RiskFinding {
  const text = normalise(original);
  const risks: string[] = [];
  const denied: string[] = [];
  let immediateDanger = false;
  for (const signal of screen.signals) {
    const matches = signal.patterns.flatMap(pattern => {
      pattern.lastIndex = 0;
      return [...text.matchAll(pattern)];
    });
    if (!matches.length) continue;
    if (matches.every(m => isNegated(text, m.index, m.index + m[0].length))) {
      denied.push(signal.id);
      continue;
    }
    risks.push(signal.id);
    immediateDanger ||= signal.immediateDanger;
  }
  return { risks, immediateDanger, denied };
}
