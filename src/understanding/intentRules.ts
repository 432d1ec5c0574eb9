// Cues that say the intent outright ("why not", "what if", "number for"), blended with the
// classifier: the classifier generalises over wording, the cues keep the obvious cases certain.
import type { Intent } from './understanding.js';

export interface MessageSignals {
  text: string;
  namedServices: number;
  namedContacts: number;
  hasConcern: boolean;
  hasCaseFact: boolean;
  hasAge: boolean;
  hasRisk: boolean;
  levelsMentioned: number;
  wordCount: number;
}

interface Rule { intent: Intent; boost: number; applies: (s: MessageSignals) => boolean }

const test = (re: RegExp) => (s: MessageSignals) => re.test(s.text);

const CONTACT_WORDS = /\b(numbers?|no\.|num|phone|telephone|tel|ring|call|email|e-mail|contact details|contact for|contact|details|get hold of|get in touch|opening hours|open now|open today|is (it|the \w+) open|when does .{1,30} (open|close))(?![a-z])/;
const QUESTION_ABOUT_SERVICE = /\b(what is|what's|whats|what are|tell me (about|more about)|what does|what do|explain what|describe|more information|more info|info on)\b/;

const RULES: Rule[] = [
  { intent: 'explain', boost: 3, applies: test(/^\s*why\b|\bwhy (not|isn'?t|is|was|did|that|can'?t|aren'?t|this)\b|\bhow did you (decide|choose|get)\b|\bwhat('?s| is) (that|this) based on\b|\bsource for that\b|\breasoning\b|\bexplain (why|your)\b/) },
  { intent: 'what-if', boost: 3, applies: test(/\b(once|when|if) (she|he|they|the child) (turns?|is|was|were|gets? to|reaches?|lived|lives|moved?)\b|^\s*(and|but|so|right|ok)?\W*(and )?(what )?(if|once|when) (she|he|they)\b|\bwhat if\b|\bwhat would (change|happen) if\b|^\s*(and|but|how about|what about) (if|out of hours|at night|overnight|at the weekend|on a bank holiday|in the evening|for an? \d+|when)\b|\bsuppose\b|\bwhat if (she|he|they) (were|was|had|lived)\b|^\s*(and|what about) out of hours\b|\b(if|were) (she|he|they) (were|was) \d+/) },
  { intent: 'records-check', boost: 3, applies: test(/\b(known to (social care|services|children'?s services|the mash|you)|open (case|to social care|to early help)|already (open|known|allocated)|(check|look up|search) (the |your )?(records?|system|history|file)|any records|on (a|the) (system|file)|previous referrals?|has a social worker|allocated (a )?social worker|been referred before|referred before|on a (child protection|cp) plan)\b/) },
  { intent: 'contact-lookup', boost: 1.6, applies: s => CONTACT_WORDS.test(s.text) && !/\bwhere (do|can|should) i (refer|send)\b/.test(s.text) },
  { intent: 'contact-lookup', boost: 1.5, applies: s => (s.namedContacts > 0 || s.namedServices > 0) && s.wordCount <= 6 && !s.hasAge && !QUESTION_ABOUT_SERVICE.test(s.text) },
  { intent: 'threshold', boost: 2.2, applies: s => s.levelsMentioned > 0 || /\b(level of need|levels? \d|threshold|what level|which level|what tier|meets? the (threshold|criteria)|child in need|cin\b|significant harm threshold)\b/.test(s.text) },
  { intent: 'eligibility', boost: 1.8, applies: s => /\b(eligible|eligibility|qualify|qualifies|too (old|young)|age (limit|range)|cover|covers|covered|accept|accepts|accepted|take referrals|go on|get on|attend|join|sign (up|on)|self[- ]?refer\w*|refer (myself|ourselves))\b/.test(s.text) && (s.namedServices > 0 || /\b(it|this|the (course|programme|group|service))\b/.test(s.text)) },
  { intent: 'service-info', boost: 1.8, applies: s => QUESTION_ABOUT_SERVICE.test(s.text) && s.namedServices > 0 && !s.hasCaseFact },
  // "How do I..." is a process only when it is not about getting into a named service or a need.
  { intent: 'process', boost: 1.4, applies: s => s.namedServices === 0 && !s.hasConcern && /\bhow (do|can|should|would) (i|we|you)\b(?! (contact|call|ring|phone|email|get hold))|\bwhat (happens|do i do|should i do|do we do|are the steps)\b|\bprocess\b|\btimescales?\b/.test(s.text) },
  { intent: 'process', boost: 2, applies: test(/\bescalat\w*|\bdisagree\w*|\bstep[- ]?(down|up)\b|\bwhat (do i|should i) (need|include)\b|\b(won'?t|will not|don'?t|doesn'?t|refuse\w*|declin\w*|not) (give |gave )?(consent|agree)\w*.{0,80}(\?|what now|what next|what (do|should|can) (i|we))/) },
  { intent: 'find-service', boost: 1.6, applies: s => s.namedServices > 0 && /\b(get (him|her|them|the child|a child) (into|onto|on|seen|referred)|refer (him|her|them|a child|the child|a family)? ?(to|into)|put .{1,30} forward|access|how (do|can) (i|we|you) (get|refer)|how to (get|refer))\b/.test(s.text) },
  { intent: 'find-service', boost: 1.4, applies: s => s.hasConcern && (s.hasCaseFact || /\b(refer|referral|support|help|service|where|who|course|programme|options?)\b/.test(s.text)) },
  { intent: 'find-service', boost: 1, applies: test(/\bwhere (do|can|should|would) (i|we) (refer|send|go|get)\b|\bwho (can|could) help\b|\bwhat (support|help|services?) (is|are)\b/) },
  { intent: 'safeguarding', boost: 2, applies: s => s.hasRisk },
  { intent: 'provide-facts', boost: 1.2, applies: s => s.hasCaseFact && s.wordCount <= 6 && !/\?|\b(where|what|who|how|which|can|could|is there)\b/.test(s.text) },
  { intent: 'out-of-scope', boost: 1.5, applies: test(/\b(weather|rain|forecast|joke|recipe|football|restaurant|passport|parking|council tax|bin collection|care home|dementia|pension)\b/) },
];

export function ruleBoosts(signals: MessageSignals): Map<Intent, number> {
  const boosts = new Map<Intent, number>();
  for (const rule of RULES) if (rule.applies(signals)) boosts.set(rule.intent, Math.max(boosts.get(rule.intent) ?? 0, rule.boost));
  return boosts;
}
