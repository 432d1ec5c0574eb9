// The risk lexicon (knowledge/risk.yaml) pattern by pattern, read alone (no model). Each sentence below
// is written to hit one pattern's own words, and is caught by that pattern only among its signal's: so
// dropping a word from a pattern ("belt" from "with a belt") leaves its sentence unflagged and fails it.
// A sentence the model would also catch still counts here: the lexicon is the part an editor changes,
// and the model is retrained from a corpus that may not hold the same words. The table is written out,
// not built from the data, so an edit to the data cannot delete a case.
import { describe, expect, it } from 'vitest';
import { readLexicon, screenSignal, type RiskScreen } from '../../src/understanding/riskScreen.js';
import { normalise } from '../../src/understanding/text.js';
import { kb } from '../support/knowledge.js';

/** The lexicon as the bot compiles it; readLexicon reads no model. */
const lexicon: RiskScreen = {
  signals: kb.riskSignals.map(screenSignal),
  model: undefined as never,
};
const patternsHit = (signal: string, text: string): number =>
  lexicon.signals.find(s => s.id === signal)?.patterns.filter(p => { p.lastIndex = 0; return p.test(normalise(text)); }).length ?? 0;

/** Signal -> one sentence per pattern, in the file's order, each hitting that pattern's distinctive words. */
/** A sentence, or a sentence and why a second pattern of its signal also catches it (a pattern that another contains). */
type Sentence = string | [string, string];
const SENTENCES: Record<string, Sentence[]> = {
  'immediate-danger': [
    'the girl is in immediate danger',
    'she says there is danger right now',
    'right now her dad is trying to hit her',
    'he is being hurt by his uncle as we speak',
    'the boy is being stabbed',
    'her brother has a knife',
    'mum\'s partner is wielding a machete',
    'he is swinging a gun around at mum',
    ['she has taken an overdose', 'also caught by the next pattern, "overdose" alone'],
    'I think he overdosed',
    'dad is about to stab her',
    'it is not safe to go home',
    'the boy is frightened to go home',
    'the toddler is unconscious',
    'we can hear banging and someone crying for help',
    'violence in the flat upstairs and the baby is crying',
    'a teenager is standing on the bridge',
  ],
  'physical-abuse': [
    'she has a black eye',
    'he was strangling the boy',
    'her stepdad slaps her',
    'he was punched by his cousin',
    'she was whacked by a carer',
    'he gets hit with a belt',
    'there is brusing on his legs',
    'a scald on her hand',
    'the explanation keeps changing',
    'this is physical harm',
    'the injury looks non-accidental',
    'a pupil who was hurt at home',
    'thanks, he hit me again',
    'her fella grabbed the boy by the throat',
  ],
  'injury-to-baby': [
    'a newborn with a fracture',
    'a fracture on the infant',
  ],
  'sexual-abuse': [
    'she was sexually assaulted',
    'he was molested',
    'he touched her in a sexual way',
    'there was inappropriate touching',
    ['he touches her inappropriately', 'also caught by the pattern before: touching her, then "inappropriat"; every match of this one is'],
    'the lodger fondled him',
    'they forced her to watch porn',
    'he showed them pornography',
    'mum\'s new partner is a registered sex offender',
    'a 12 yr old asking for the morning after pill',
  ],
  'harmful-sexual-behaviour': [
    'concerns about hsb',
    'sexualised behaviour in class',
    'he touched a younger child',
    'a boy exposing his genitals',
  ],
  'emotional-abuse': [
    'this is emotional harm',
    'they locked him out',
    'his mum ridicules him',
    'dad wished he had never been born',
    'the baby is terrified of dad',
    'she calls him worthless',
  ],
  'neglect': [
    'a case of neglect',
    'he turns up hungry',
    'there is nothing to eat',
    'the girl has head lice',
    'the boy has an untreated injury',
    'her older children were adopted',
    'mum is smoking crack',
    'dad gets drunk most nights',
    'when I got there both parents were clearly stoned',
    'hungover and the twins strapped into the back of the car',
    'she was so drunk she could barely stand and then drove off',
    'her parents have refused to take her to a doctor',
    'he drove to football after a few pints',
    'the 3 year old swallowed methadone from a bottle on the side',
  ],
  'home-alone': [
    'mum is leaving alone a toddler',
    'a 7 year old home alone',
    'he has been on his own since yesterday',
    'no grown ups in the house',
    'the toddler was left unsupervised',
    'she leaves them by themselves',
    'the twins are unsupervised overnight',
    'the parents went out and the baby was alone',
    'a little girl crying outside the shop by herself',
  ],
  'domestic-abuse': [
    'there has been a domestic incident',
    'her ex is controlling her',
    'coercive control',
    'she left her violent husband',
    'things being thrown at home',
    'the children witnessed the abuse',
    'my bf pushed me down the stairs',
  ],
  'self-harm': [
    'she has been selfharming',
    'she is cutting her wrists',
    'he scratches himself',
    'cuts on his legs',
    'she is dangerously underweight',
    'she keeps fainting and is refusing food',
    'she swallowed a handful of tablets',
  ],
  'suicide': [
    'he is suicidal',
    'she wants to take her own life',
    'he wants to end it all',
    'she wishes to be dead',
    'he says he is better off dead',
    'she has been giving her things away to friends',
    'since her nan died she keeps saying she wants to be with her',
  ],
  'exploitation': [
    'we think she is being exploited',
    'he is selling drugs',
    'she is being groomed',
    'she has an older boyfriend',
    'he is picked up by strangers',
    'men in vans outside school',
    'a guy in his 30s',
    'hanging around with men',
    'expensive trainers he won\'t explain, no explanation',
    'she got into a car with them',
    ['modern slavery', 'also caught by trafficking, and "traffick" by the first pattern here too'],
    "she's 14 and her boyfriend is 22",
    'she is seeing a 26 year old',
  ],
  'fabricated-illness': [
    'the paediatrician suspects fabricated illness',
    'could this be munchausen by proxy?',
    'the fits are always at home and only his mum ever sees them',
    'dad keeps pushing for a wheelchair she does not need',
  ],
  'private-fostering': [
    'she is privately fostered',
    "he's been living with a family friend since his parents went abroad",
  ],
  'missing': [
    'he went missing',
    'missing overnight',
    'she is a runaway',
    'he didn\'t come home',
    'we don\'t know where she is',
    'he never came back',
    'she was out all night',
  ],
  'radicalisation': [
    'he is becoming radicalised',
    'she follows neo-nazi groups',
    'he watches violent content',
    'he says we have to fight for our people now',
    'they want to burn down the mosque on the high street',
    'he keeps asking how you would get to syria without your parents knowing',
  ],
  'fgm': [
    'worried about fgm',
    'a cutting ceremony',
    'she will be circumcised on holiday',
    'she will get cut back home',
  ],
  'forced-marriage': [
    'she was made to marry',
    'an honour-based crime',
    'to marry against her will',
    'they sent her abroad for a wedding',
    'she is engaged but does not want it',
    'to marry a cousin she has met once',
    'they are pressuring him into a marriage',
  ],
  'homeless-child': [
    'he was put out and has no one to stay with, nowhere to stay',
    'nowhere to sleep tonight',
    'she slept in a park',
  ],
  'disclosure': [
    'he told staff his uncle kicked him',
    'she made a disclosure',
    'the girl is afraid of her stepmum',
  ],
  'online-abuse': [
    'someone has her nudes',
    'a man asked her for photos',
    'a case of sextortion',
    'he said on snapchat to keep it secret',
  ],
  'trafficking': [
    'he was trafficked',
    'she was brought over to work',
    'passport kept by the boss until he works off a debt',
  ],
  'unborn-risk': [
    'she is pregnant and using crack',
    'he punched her stomach',
    'a pre-birth assessment',
  ],
  'parent-mental-health': [
    'mum is psychotic',
    'dad said he would take the kids with him',
    'she threatened to harm the baby',
  ],
};

describe('the risk lexicon, one pattern at a time', () => {
  it('has sentences here for every signal in the knowledge base', () => {
    expect(Object.keys(SENTENCES).sort()).toEqual(kb.riskSignals.map(s => s.id).sort());
  });

  for (const [signal, sentences] of Object.entries(SENTENCES)) {
    const texts = sentences.map(s => (typeof s === 'string' ? s : s[0]));
    it.each(texts)(`raises ${signal} from the words of "%s" alone`, text => {
      expect(readLexicon(lexicon, normalise(text)).risks).toContain(signal);
    });
    it.each(sentences.filter(s => typeof s === 'string'))(`catches "%s" with one ${signal} pattern only, so each pattern's words are needed`, text => {
      expect(patternsHit(signal, text)).toBe(1);
    });
  }

  it('has one sentence for each pattern of each signal', () => {
    expect(Object.fromEntries(Object.entries(SENTENCES).map(([id, s]) => [id, s.length])))
      .toEqual(Object.fromEntries(kb.riskSignals.map(s => [s.id, s.patterns.length])));
  });
});

describe('words the lexicon must not read as harm', () => {
  it.each([
    'she has been missing school all week with flu',
    'he keeps missing lessons for hospital appointments',
    'my son has been missing the bus since we moved',
  ])('"%s" is not a child going missing', text => {
    expect(patternsHit('missing', text)).toBe(0);
  });
  it.each([
    'my 14 year old smashes things up at home when he loses on his xbox',
    'our daughter keeps shouting at home and slamming doors',
  ])('"%s" is a child\'s own outburst, not domestic abuse', text => {
    expect(readLexicon(lexicon, normalise(text)).risks).not.toContain('domestic-abuse');
  });
  it.each([
    'my son says his dad is always screaming at home',
    'there is screaming and smashing next door every night',
  ])('"%s" is still domestic abuse', text => {
    expect(readLexicon(lexicon, normalise(text)).risks).toContain('domestic-abuse');
  });
  it.each([
    'her boyfriend picks her up at 20 past 3',
    'my partner works 12 hour shifts',
    'her boyfriend is 16 and they met at school',
  ])('"%s" is not an adult partner of a child', text => {
    expect(readLexicon(lexicon, normalise(text)).risks).not.toContain('exploitation');
  });
});

describe('harm words in an ordinary context (innocentContext): an accident told plainly, a child up late at home', () => {
  it.each([
    'my 4 year old bruised his knee falling off his scooter',
    'she got a black eye playing football at school',
    'he tripped on the stairs and has a bruise on his shin',
    'she had her jabs and now there is a bruise on her thigh where they went in',
  ])('"%s" is not read as physical abuse', text => {
    const read = readLexicon(lexicon, normalise(text));
    expect(read.risks).not.toContain('physical-abuse');
    expect(read.denied).toContain('physical-abuse');
  });

  it.each([
    ['he has a bruise on his arm and says he fell off his bike', 'someone gives the account'],
    ['she has bruises on her back, she fell off the slide again', 'the injuries recur'],
    ['dad pushed him and he fell and bruised his head', 'a harmful act in the same sentence'],
    ['he fell over at his stepdad\'s and has a black eye', 'an adult in the same sentence'],
    ['he fell off his bike last week. today he has a black eye and will not say why', 'the accident is in another sentence'],
    ['there is a bruise on her arm, she says her dad did it after her jabs', 'someone gives the account'],
  ])('"%s" is still read as physical abuse: %s', text => {
    expect(readLexicon(lexicon, normalise(text)).risks).toContain('physical-abuse');
  });

  it.each([
    ['my 7 year old will not settle till gone midnight every night', 'missing'],
  ])('"%s" is a sleep problem, not %s', (text, signal) => {
    expect(readLexicon(lexicon, normalise(text)).risks).not.toContain(signal);
  });

  it('still reads a child out past midnight as missing', () => {
    expect(readLexicon(lexicon, normalise('she stays out till gone midnight and will not say where she is')).risks).toContain('missing');
  });

  it('never explains away an injury to a baby', () => {
    expect(readLexicon(lexicon, normalise('the 3 month old has a bruise on her cheek, mum thinks she fell off the sofa')).risks).toContain('injury-to-baby');
  });
});
