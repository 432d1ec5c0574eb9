// The case's circumstances beyond the child: consent, who is asking, when (out of hours, urgent), and
// an explicit "no safeguarding concerns".
import type { Role } from '../pathway/caseFacts.js';
import type { MissingFact } from '../pathway/route.js';
import { normalise } from './text.js';

/** Who can give or refuse consent: a refusal by the child ("refusing to come in") is not one. */
const CONSENTER = String.raw`\b(parents?|mum|dad|mother|father|carers?|family|they|guardians?)\b`;
const REFUSED = [
  /\b(no consent|without (their |her |his |parental )?consent|withdr[ae]w\w* (their |her |his )?consent|not consent\w*|consent (was |is |has been )?(refused|declined|withdrawn|not given))\b/,
  /\b(won'?t|will not|don'?t|do not|doesn'?t|does not|didn'?t|did not|haven'?t|hasn'?t|have not|has not|not) (give |gave |given )?(consent|agree)\w*\b/,
  new RegExp(`${CONSENTER}[^.?]{0,25}\\b(refus\\w*|declin\\w*|said no|saying no|against (it|the referral)|not (happy|willing|keen)|(don'?t|doesn'?t|do not|does not) want)\\b`),
  /\b(refus\w*|declin\w*)\b[^.?]{0,15}\b(consent|referral|to sign|to engage|the offer|support|early help|caf|ehaf|help)\b/,
];
const GIVEN = /\b(consent(s|ed|ing)?|agree[sd]?|agreeing|(are|is) happy|happy (for|with)|on board|willing|gave permission|have permission|given permission|parents? want|they want|mum wants|dad wants)\b/;

export function findConsent(original: string, expecting?: MissingFact): 'given' | 'refused' | undefined {
  const text = normalise(original);
  if (REFUSED.some(cue => cue.test(text))) return 'refused';
  // A question about consent ("do I need consent?") states nothing.
  if (/\b(need|needs|required?|do i|do we|does|should|must|what if|if)\b[^.?]{0,25}\b(consent|agree)/.test(text)) return undefined;
  if (/\?/.test(text) && /\b(do|does|did|have to|has to|will|would|can)\b[^.?]{0,25}\b(consent|agree)/.test(text)) return undefined;
  if (GIVEN.test(text)) return 'given';
  if (expecting === 'consent') {
    if (/^\s*(no|nope|not yet|they don'?t|not really)\b/.test(text)) return 'refused';
    if (/^\s*(yes|yep|yeah|they do|she does|he does|of course|sure)\b/.test(text)) return 'given';
  }
  return undefined;
}

// Most specific first: "my son's teacher thinks..." is a parent speaking.
const ROLES: [Role, RegExp][] = [
  ['young-person', /\b(i'?m|i am) (1[0-9]|[0-9]|a teenager|a young person|in year \d+)\b(?! (year|month)s? (old )?(boy|girl|child))|\bmy (mum|dad|mother|father|parents?|stepdad|step-dad) (hits?|hurts?|won'?t let|drinks?|shouts)\b/],
  ['parent', /\b(my|our) (son|daughter|child|kid|boy|girl|little one|baby|toddler|teenager|grandson|granddaughter|children|kids)\b|\b(i'?m|i am) (a|the|his|her) (mum|dad|mother|father|parent|carer|foster carer|grandparent|nan|gran)\b/],
  ['professional', /\b(teacher|senco|head ?teacher|health visitor|hv|school nurse|gp|doctor|social worker|practitioner|family support worker|early help worker|youth worker|nursery (worker|manager)|dsl|designated (safeguarding )?lead|pastoral (lead|manager|worker)|tutor|hostel worker|key worker|midwife|paediatrician|police officer|pcso|camhs worker|therapist|helpline adviser|professional)\b/],
  ['member-of-public', /\b(i'?m|i am) (a|their|the|his|her) (neighbou?r|friend of the family|family friend|relative|member of the public)\b|\bneighbou?r here\b/],
];

export const findRole = (original: string): Role | undefined => ROLES.find(([, cue]) => cue.test(normalise(original)))?.[0];

export interface Timing { outOfHours?: boolean; inHours?: boolean; urgent?: boolean }

export function findTiming(original: string): Timing {
  const text = normalise(original);
  const timing: Timing = {};
  if (/\b(out of (office )?hours|ooh|after hours|overnight|tonight|at night|night time|evening|this evening|weekend|saturday|sunday|bank holiday|christmas day|boxing day|after (5|five|4\.?30|half four|[5-9] ?pm|office hours)|before (8|9|8\.?30|office hours)|emergency duty|when (they'?re|they are|it'?s|it is|mash is|the office is) closed|closed)\b/.test(text)) timing.outOfHours = true;
  if (/\b(in (office|working|normal) hours|during the day|office hours|working hours|daytime|weekday)\b/.test(text) && !timing.outOfHours) timing.inHours = true;
  if (/\b(urgent\w*|asap|right now|immediately|straight away|emergency|today)\b/.test(text)) timing.urgent = true;
  return timing;
}

/** "No safeguarding concerns", "not at risk", "no risk to the child". */
export const deniesSafeguarding = (original: string): boolean =>
  /\b(no|not any|without|there are no|there'?s no|nothing to suggest) (current |immediate |known )?(safeguarding|child protection|cp|risk)( concerns?| issues?| worries)?\b|\bnot at (any )?risk\b|\bno (immediate )?danger\b/.test(normalise(original));

/** The person wants to refer themselves or sign up directly ("can I sign up myself?", "without a referral"). */
export const asksToSelfRefer = (original: string): boolean =>
  /\b(myself|self[- ]?refer\w*|refer (?:my|our|them|him|her)sel(?:f|ves)|sign (?:up|on|myself)|go direct(?:ly)?|without a referral)\b/.test(normalise(original));
