// Cues that say the intent outright ("why not", "what if", "number for"), blended with the
// classifier: the classifier generalises over wording, the cues keep the obvious cases certain.
import type { Intent } from './understanding.js';

export interface MessageSignals {
  text: string;
  namedServices: number;
  namedContacts: number;
  hasConcern: boolean;
  hasCaseFact: boolean;
  /** An age or a place: with a concern, a case being described. */
  hasChildFact: boolean;
  /** Share of the message's content words the domain has ever used (training examples, knowledge names). */
  domainCoverage: number;
  hasAge: boolean;
  hasRisk: boolean;
  levelsMentioned: number;
  wordCount: number;
}

interface Rule { intent: Intent; boost: number; applies: (s: MessageSignals) => boolean }

const test = (re: RegExp) => (s: MessageSignals) => re.test(s.text);

const CONTACT_WORDS = /\b(numbers?|no\.|num|phone|telephone|tel|ring|calls?|email|e-mail|contact details|contact for|contact (the|them|someone|somebody)|who (do|should|can|could) (i|we) (speak|talk) to|(speak|talk) to (someone|somebody) (at|in|from)|contact|details|get hold of|get in touch|opening hours|open now|open today|is (it|the \w+) open|when does .{1,30} (open|close))(?![a-z])/;
/** "What's out there for...", "is there anything for...": a search, not a question about one service. */
const ASKS_WHAT_IS_AVAILABLE = /\b(what('?s| is| are)? (available|out there|there|on offer)|is there (anything|any (help|support|services?|groups?|courses?))|are there any (services?|groups?|courses?))\b/;
const QUESTION_ABOUT_SERVICE = /\b(who (runs|delivers|provides)|tell me what|what \S+ (offers|provides|involves)|what happens (on|at|in|during)|what is|what's|whats|what are|tell me (about|more about)|what does|what do|explain what|describe|more information|more info|info on)\b/;

/** A whole message that is only a social move: "hey", "cheers", "start again". */
const whole = (re: RegExp) => {
  const entire = new RegExp(`^\\W*(?:${re.source})\\W*$`);
  return (s: MessageSignals) => s.wordCount <= 6 && entire.test(s.text);
};

const RULES: Rule[] = [
  { intent: 'greeting', boost: 2.5, applies: whole(/(hi|hiya|hello|hey|hey there|yo|howdy|morning|afternoon|evening|good (morning|afternoon|evening|day))( there| all| bot| team)?/) },
  { intent: 'thanks', boost: 2.5, applies: whole(/((ok|okay|great|brilliant|perfect|lovely|super|that's (great|helpful|brilliant|perfect|lovely))[, ]*)?(thanks|thank you|thankyou|ta|cheers|much appreciated|many thanks|thanks (a lot|so much|very much))( (very|so) much)?/) },
  { intent: 'cancel', boost: 2.5, applies: whole(/(cancel|stop|quit|exit|end|abort|never ?mind|forget it|leave it|no thanks|that's all|i'm done|done|don't want to continue)( (it|that|this|now|please))?/) },
  { intent: 'start-over', boost: 2.5, applies: whole(/(start (over|again|afresh)|restart|reset|begin again|new (case|child|question|enquiry)|clear( (it|everything|all))?|from the (top|beginning))( please)?/) },
  { intent: 'help', boost: 2.5, applies: whole(/(help|menu|options|instructions|what can you do|how does this work|what are you|what is this|how do i use (this|you))( please)?\??/) },
  { intent: 'explain', boost: 3, applies: test(/^\s*why\b|\bwhy (not|isn'?t|is|was|did|that|can'?t|aren'?t|this)\b|\bhow did you (decide|choose|get)\b|\bwhat('?s| is) (that|this) based on\b|\bsource for that\b|\breasoning\b|\bexplain (why|your)\b/) },
  { intent: 'what-if', boost: 3, applies: test(/\b(once|when|if) (she|he|they|the child) (turns?|is|was|were|gets? to|reaches?|lived|lives|moved?)\b|^\s*(and|but|so|right|ok)?\W*(and )?(what )?(if|once|when) (she|he|they)\b|\bwhat if\b|\bwhat would (change|happen) if\b|^\s*(and|but|how about|what about) (if|out of hours|at night|overnight|at the weekend|on a bank holiday|in the evening|for an? \d+|when)\b|\bsuppose\b|\bwhat if (she|he|they) (were|was|had|lived)\b|^\s*(and|what about) out of hours\b|\b(if|were) (she|he|they) (were|was) \d+/) },
  { intent: 'records-check', boost: 3, applies: test(/\b(known to (social care|services|children'?s services|the mash|you)|open (case|to social care|to early help)|already (open|known|allocated)|(check|look up|search) (the |your )?(records?|system|history|file)|any records|on (a|the) (system|file)|previous referrals?|has a social worker|allocated (a )?social worker|been referred before|referred before|on a (child protection|cp|cin) plan|plan in place|(previous|past|prior|earlier) (concerns|involvement|contact|referrals?)|(social worker|worker|case) allocated|(is|are) (she|he|they|the child|the family|this (child|family|young person)) (looked after|in care|open)|(he|she|they|child|person|family|pupil)\b[^.?]{0,15}\b(open|known) to)\b/) },
  { intent: 'contact-lookup', boost: 1.6, applies: s => CONTACT_WORDS.test(s.text) && !/\bwhere (do|can|should) i (refer|send)\b/.test(s.text) },
  { intent: 'contact-lookup', boost: 1.5, applies: s => (s.namedContacts > 0 || s.namedServices > 0) && s.wordCount <= 6 && !s.hasAge && !QUESTION_ABOUT_SERVICE.test(s.text) },
  { intent: 'threshold', boost: 2.2, applies: s => s.levelsMentioned > 0 || /\b(level of need|levels? \d|threshold|what level|which level|what tier|meets? the (threshold|criteria)|child in need|cin\b|significant harm threshold)\b/.test(s.text) },
  { intent: 'eligibility', boost: 1.8, applies: s => /\b(eligible|eligibility|qualify|qualifies|too (old|young)|age (limit|range)|cover|covers|covered|accept|accepts|accepted|take referrals|go on|get on|go onto|get onto|get into|attend|join|(ok|okay|suitable|appropriate|right|open) for|(seen|accepted|taken on) by|(can|could|would|will) (he|she|they|we|i) (do|go on|join|attend|get onto|access)|sign (up|on)|self[- ]?refer\w*|refer (myself|ourselves))\b/.test(s.text) && (s.namedServices > 0 || /\b(it|this|they|them|the (course|courses|programme|group|groups|service|team|workshops?|sessions?))\b/.test(s.text)) },
  { intent: 'eligibility', boost: 1.8, applies: s => s.namedServices > 0 && /\b(can|could|would|will|do) (i|we|they|you|she|he) (refer|put|send|get (him|her|them|my \w+|our \w+|a child|the child|the family) (on|onto|into|in))\b|\bopen to (a|an|children|families|young|kids|anyone|parents|teenagers|babies|everyone)\b|\b(take|accept|see|work with) (a |an )?(child|children|kids|families|him|her|them|teenagers|babies|\d+)\b|\b(need|needs|require|requires|have to have|must have) (a |an )?(formal |confirmed |official )?diagnosis\b/.test(s.text) },
  { intent: 'service-info', boost: 2.2, applies: s => QUESTION_ABOUT_SERVICE.test(s.text) && s.namedServices > 0 && !s.hasCaseFact && !CONTACT_WORDS.test(s.text) && !ASKS_WHAT_IS_AVAILABLE.test(s.text) && !/\b(process|procedure)\b/.test(s.text) },
  // "How do I..." is a process only when it is not about getting into a named service or a need.
  { intent: 'process', boost: 1.4, applies: s => s.namedServices === 0 && !s.hasConcern && /\bhow (do|can|should|would) (i|we|you)\b(?! (contact|call|ring|phone|email|get hold))|\bwhat (happens|do i do|should i do|do we do|are the steps)\b|\bprocess\b|\btimescales?\b/.test(s.text) },
  { intent: 'process', boost: 2, applies: test(/\bwhat happens (after|next|when|once|if)\b|\bescalat\w*|\bdisagree\w*|\bstep(ping|ped|s)?[- ]?(down|up)\b|\bwhat (do i|should i) (need|include)\b|\b(won'?t|will not|don'?t|doesn'?t|refuse\w*|declin\w*|not) (give |gave )?(consent|agree)\w*.{0,80}(\?|what now|what next|what (do|should|can) (i|we))/) },
  { intent: 'find-service', boost: 1.6, applies: s => s.namedServices > 0 && /\b(get (him|her|them|the child|a child) (into|onto|on|seen|referred)|refer (him|her|them|a child|the child|a family)? ?(to|into)|put .{1,30} forward|access|how (do|can) (i|we|you) (get|refer)|how to (get|refer))\b/.test(s.text) },
  { intent: 'find-service', boost: 1.4, applies: s => s.hasConcern && (s.hasChildFact || /\b(refer|referral|support|help|service|where|who|course|programme|options?|need|needs|struggl\w*)\b/.test(s.text)) },
  { intent: 'find-service', boost: 1, applies: test(/\bwhere (do|can|should|would) (i|we) (refer|send|go|get)\b|\bwho (can|could) help\b|\bwhat (support|help|services?) (is|are)\b/) },
  { intent: 'find-service', boost: 1.6, applies: test(ASKS_WHAT_IS_AVAILABLE) },
  // "Do I need consent before I ring the MASH?": a question about how referral works.
  { intent: 'process', boost: 2, applies: test(/\b(do|should|must) (i|we) (need|have) to (get |have |ask for |seek )?(parental |their |the parents'? )?(consent|permission|agreement)\b|\b(do|should|must) (i|we) (need )?(get |have |ask for |seek )?(parental |their |the parents'? )?(consent|permission) (before|to)\b|\bbefore (i|we) (refer|contact|ring|call|make)\b/) },
  { intent: 'safeguarding', boost: 2.4, applies: s => s.hasRisk },
  { intent: 'safeguarding', boost: 1.5, applies: test(/\b(significant harm|safeguarding (concern|worry|issue)|child protection (concern|worry|issue)|(worried|concerned) about (the |a |this )?(child'?s |young person'?s )?(welfare|safety))\b/) },
  // A statement of facts, no question in it: "7, Rushcliffe", "parents are happy with it", "mainly sleep".
  // A name in it makes it a terse lookup instead ("edt notts").
  { intent: 'provide-facts', boost: 1.6, applies: s => (s.hasCaseFact || (s.hasConcern && s.wordCount <= 4 && !s.hasRisk)) && s.wordCount <= 7 && !s.namedContacts && !s.namedServices
    && !/\?|\b(where|what|who|how|which|can|could|is there|help|refer|support|need)\b/.test(s.text) },
  { intent: 'out-of-scope', boost: 2.5, applies: test(/\b(weather|rain|forecast|joke|recipe|football|restaurant|passport|parking|council tax|bin collection|care home|dementia|pension|elderly|adult social care|my (husband|wife|partner|grandad|grandma|nan) (has|needs|is))\b/) },
  // Nothing in the message is about children, families or services: say so rather than force a guess.
  { intent: 'out-of-scope', boost: 1.5, applies: s => s.wordCount >= 3 && !/\d/.test(s.text) && s.domainCoverage < 0.34 && !s.hasConcern && !s.hasRisk && !s.hasCaseFact && !s.namedServices && !s.namedContacts },
];

export function ruleBoosts(signals: MessageSignals): Map<Intent, number> {
  const boosts = new Map<Intent, number>();
  for (const rule of RULES) if (rule.applies(signals)) boosts.set(rule.intent, Math.max(boosts.get(rule.intent) ?? 0, rule.boost));
  return boosts;
}
