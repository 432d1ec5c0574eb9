// The bot's fixed words. Short sentences that read well aloud; "guidance, not a referral" and 999 always.
export const EMERGENCY_LINE = 'In an emergency, or if a child is in immediate danger, call 999.';

// Paragraphs are separated by blank lines: Web Chat and Teams read the text as Markdown, where a line
// straight after a list item continues that item (the closing lines used to land inside the third bullet).
export const WELCOME = [
  'Hello. I give referral guidance for children\'s services in Nottinghamshire, Nottingham City and Derby, from the local threshold documents.',
  [
    'Ask me things like:',
    '- Where do I refer a 7-year-old with suspected ADHD in Rushcliffe?',
    '- MASH number for Notts, and out of hours?',
    '- What level of need is persistent poor school attendance in Nottingham City?',
  ].join('\n'),
  'I explain each step and its source, and you can ask "why?" or "what if she were 12?".',
  'This is guidance, not a referral: I make no referral and need no names, dates of birth or NHS numbers.',
  EMERGENCY_LINE,
].join('\n\n');

export const HELP = [
  'I can help you find where to refer a child or family, look up a contact (with whether it is open now), check whether a child fits a service\'s criteria, work out a level of need, and explain the steps of a process such as an early help assessment.',
  'Tell me the child\'s age, where they live and what you are worried about; I will ask only for what I need.',
  'Say "why?" after an answer, "start over" to begin again, or "cancel" to stop.',
  EMERGENCY_LINE,
].join('\n\n');

export const OUT_OF_SCOPE = 'Sorry, I can\'t help with that: the guidance I use does not cover it. I only cover referral guidance for children\'s services in Nottinghamshire, Nottingham City and Derby. ' + EMERGENCY_LINE;

export const ADULT_OUT_OF_SCOPE = 'Sorry, I can\'t help with that: I only cover services for children, young people and their families, not adult social care. For an adult, contact the adult social care team of the council where they live. ' + EMERGENCY_LINE;

export const PERSONAL_DATA_WARNING = 'Please don\'t share personal details such as names, dates of birth, NHS numbers or addresses: I don\'t need identifying information to give guidance, and I have not kept them.';

export const RECORDS_CHECK = 'I can\'t check records: I have no access to case records or to whether a child is already known to social care. The front door team can tell you that.';

export const START_OVER = 'Starting over: I have cleared what you told me. What would you like to ask?';
export const NOTHING_TO_EXPLAIN = 'There is nothing to explain yet: ask me about a child or a service first.';
export const CANCELLED = 'Cancelled. Ask me something new whenever you are ready.';
/** A new fact rules out the service just answered ("he's also suicidal" after MST). */
export const NO_LONGER_FITS = (service: string, failures: readonly string[]): string =>
  `This also changes the earlier answer: ${service} is not suitable now, because ${failures.join('; and ')}.`;
/** Before the guidance's own lines, quoted for a question about the guidance. */
export const GUIDANCE_QUOTED = 'The guidance says, word for word:';
/** After them: the lines describe no child, but the reader may have one in mind. */
export const GUIDANCE_REMINDER = 'If you are worried about a particular child now, tell me their age and where they live, or contact the children\'s social care front door for their area. ' + EMERGENCY_LINE;
export const NOTHING_CHANGED = 'Thank you. That does not change the answer above. Ask "why?" for the reasons, or tell me what is different.';
export const THANKS = 'You\'re welcome. ' + EMERGENCY_LINE;

export const AGE_REJECTED = (asTyped: string): string => `"${asTyped}" doesn't look like a child's age. How old is the child, in years (or months for a baby)?`;

export const QUESTIONS = {
  area: 'Which town or district does the child live in?',
  age: 'How old is the child?',
  concern: 'What is the main concern or need?',
  diagnosis: 'Does the child have a diagnosis (for example of ADHD or autism), or is it suspected?',
  consent: 'Does the family consent to the referral?',
} as const;

export const REPROMPTS = {
  area: 'Sorry, I didn\'t recognise that place. Which town, district or city does the child live in (for example Mansfield, Nottingham City or Derby)?',
  age: 'Sorry, I didn\'t catch the age. How old is the child, in years?',
  concern: 'Sorry, I didn\'t catch that. What are you worried about, in a few words?',
  diagnosis: 'Sorry, I didn\'t catch that. Is there a diagnosis, is one suspected, or none yet?',
  consent: 'Sorry, I didn\'t catch that. Does the family agree to the referral: yes or no?',
} as const;

export const WHICH_AREA_FOR_CONTACTS = 'Contacts differ by area: Nottinghamshire, Nottingham City and Derby each have their own. Tell me where the child lives and I will give that front door\'s number, or name the team too (for example "CAMHS Derby").';

export const CONTINUE_AFTER_INTERRUPTION = 'When you are ready, answer the question above to carry on, or say "start over".';
