// understand(text, current, expecting) -> Understanding: a pure function once built. Everything it
// knows comes from the knowledge base (gazetteer, concern synonyms, names, risk signals) and
// knowledge/intents.yaml (the classifier's examples).
import { concernsOfRisks, type KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { CaseFacts } from '../pathway/caseFacts.js';
import type { MissingFact } from '../pathway/route.js';
import { findAge } from './age.js';
import { defaultAttributeRecogniser, type AttributeRecogniser, type AttributesAsked } from './attributes.js';
import { buildGazetteer, findArea } from './area.js';
import { asksToSelfRefer, deniesSafeguarding, findConsent, findRole, findTiming, withoutSafeguardingDenials, withoutWritersRole } from './circumstances.js';
import { buildConcernMatcher, findConcerns } from './concerns.js';
import { findDiagnoses } from './diagnosis.js';
import { defaultFramingReader, type FramingReader } from './framing.js';
import { buildDomainVocabulary, domainCoverage } from './domainVocabulary.js';
import { trainIntentClassifier } from './intentClassifier.js';
import { loadIntentExamples, type IntentExamples } from './intentExamples.js';
import { isOutsideTheGuidance, withoutOutsideSubjects, ruleBoosts } from './intentRules.js';
import { asksWhyNot, buildNameIndex, findLevels, findNamed } from './named.js';
import { findPersonalData } from './personalData.js';
import { defaultQuestionWords } from './questionWords.js';
import { loadRiskCorpus, type CorpusExample } from '../knowledge/riskCorpus.js';
import { buildRiskScreen, screenForRisk } from './riskScreen.js';
import { normalise, stemOf, withoutNonWords, words } from './text.js';
import { buildTopicMatcher, findTopics } from './topics.js';
import { buildGuidanceLineMatcher, findGuidanceLines } from './guidanceLines.js';
import { INTENTS, type Intent, type ScoredIntent, type Understander, type Understanding } from './understanding.js';

/** A message that asks rather than tells. */
const QUESTION_WORDS = defaultQuestionWords();
const QUESTION = QUESTION_WORDS.asks;

/** Below this, or with the runner-up this close, the bot asks which was meant. */
const CONFIDENT = 0.45;
const CLEAR_MARGIN = 0.12;
/** Intents whose examples may describe harm, so they are not taught to the risk model as harmless. */
const HARM_INTENTS = new Set(['safeguarding', 'records-check', 'provide-facts', 'what-if', 'explain']);
/** The voice model's probability above which the writer is taken to be a child or teenager. */
const YOUNG_WRITER = 0.7;

export function createUnderstander(kb: KnowledgeBase, examples: IntentExamples = loadIntentExamples(),
  riskCorpus: readonly CorpusExample[] = loadRiskCorpus(undefined, new Set(kb.riskSignals.map(s => s.id))),
  attributeRecogniser: AttributeRecogniser = defaultAttributeRecogniser(), framing: FramingReader = defaultFramingReader()): Understander {
  const vocabulary = buildDomainVocabulary(kb, examples);
  const gazetteer = buildGazetteer(kb, vocabulary);
  const concernMatcher = buildConcernMatcher(kb);
  const names = buildNameIndex(kb, gazetteer.knownWords);
  const topicMatcher = buildTopicMatcher(kb);
  const guidanceLines = buildGuidanceLineMatcher(kb, [...framing.guidancePhrases, ...QUESTION_WORDS.aboutTheQuestion]);
  const risk = buildRiskScreen(kb, riskCorpus, ordinaryExamples(examples));
  const classifier = trainIntentClassifier(examples);

  return {
    understand(text: string, current?: CaseFacts, expecting?: MissingFact): Understanding {
      const normalised = normalise(text);
      const screened = screenForRisk(risk, text, deniesSafeguarding(text), framing.aboutTheGuidance(text));
      const age = findAge(text, expecting);
      const found = findArea(gazetteer, text, expecting);
      // "Nottingham, not sure if that's city or county": an authority named in doubt is not the child's area.
      // "He was brought over from Albania": a place the guide does not know, not named as where the child
      // lives, does not replace an area the case already has.
      const keepsKnownArea = found.notHome && !!current?.area && !current.area.unknown;
      const area = (found.area && !found.area.district && !found.area.place && framing.unsureOfArea(text)) || keepsKnownArea ? { ...found, area: undefined } : found;
      // Harm that is over, named beside a request ("left a violent partner last year... is there a course?"),
      // is still the need the request is about: its kind's concerns count, though it is not a risk now.
      const pastHarmConcerns = screened.past ? concernsOfRisks(kb, screened.evidence.lexicon) : [];
      const concerns = [...new Set([...findConcerns(concernMatcher, text), ...pastHarmConcerns])];
      const caseConcerns = [...(current?.concerns ?? []), ...concerns];
      const diagnoses = findDiagnoses(text, caseConcerns, expecting);
      const named = narrowToArea(kb, findNamed(names, withoutWritersRole(normalised)), area.area?.authority);
      const timing = findTiming(text);
      const consent = findConsent(text, expecting);
      // Who is writing: the words people use for themselves first, then the voice the risk corpus taught
      // (a child's spelling and slang), so a child describing harm is offered Childline.
      const role = findRole(text) ?? (screened.young >= YOUNG_WRITER ? 'young-person' : undefined);
      const levelsMentioned = findLevels(names, text, area.area?.authority ?? current?.area?.authority);

      const facts: Partial<CaseFacts> = {
        ...(age.ageYears !== undefined ? { ageYears: age.ageYears, ageMonths: age.ageMonths } : {}),
        ...(area.area ? { area: area.area } : {}),
        ...(concerns.length ? { concerns } : {}),
        ...(Object.keys(diagnoses).length ? { diagnoses } : {}),
        ...(consent ? { consent } : {}),
        ...(role ? { role } : {}),
        ...(screened.risks.length ? { risks: screened.risks } : {}),
        ...(screened.immediateDanger ? { immediateDanger: true } : {}),
        ...(deniesSafeguarding(text) ? { safeguardingDenied: true } : {}),
        ...(timing.outOfHours ? { outOfHoursAsked: true } : {}),
        ...(named.services.length ? { namedServices: named.services } : {}),
        ...(named.contacts.length ? { namedContacts: named.contacts } : {}),
      };
      const hasChildFact = age.ageYears !== undefined || !!area.area;
      const hasCaseFact = age.ageYears !== undefined || !!area.area || !!consent || Object.keys(diagnoses).length > 0
        || (expecting === 'concern' && concerns.length > 0);

      const wordCount = words(normalised).length;
      const outside = isOutsideTheGuidance(normalised);
      const scores = classifier.classify(text);
      // "No concerns about abuse, just very hyper": harm words that are all denied do not make it a safeguarding message.
      if (screened.denied.length && !screened.risks.length) scores.set('safeguarding', (scores.get('safeguarding') ?? 0) * 0.2);
      const boosts = ruleBoosts({
        text: normalised, namedServices: named.services.length, namedContacts: named.contacts.length, hasConcern: concerns.length > 0,
        hasCaseFact, hasChildFact, hasAge: age.ageYears !== undefined, domainCoverage: domainCoverage(vocabulary, text), hasRisk: screened.risks.length > 0, levelsMentioned: levelsMentioned.length, wordCount,
      });
      // An answer to the question just asked is a fact, whatever else it resembles.
      // An answer to the question just asked is a fact, whatever else it resembles; so is a short statement
      // of other facts instead ("severe learning disability and epilepsy" when asked about a diagnosis).
      if (expecting && !boosts.has('explain') && !boosts.has('what-if')) {
        const answer = answersExpected(expecting, facts, age.outOfRange !== undefined) ? 2.5
          : (hasCaseFact || concerns.length > 0) && wordCount <= 8 && !QUESTION.test(normalised) ? 2 : 0;
        if (answer) boosts.set('provide-facts', Math.max(boosts.get('provide-facts') ?? 0, answer));
      }
      const alternatives = pastASocialMove(rank(scores, boosts), boosts, wordCount, hasCaseFact || concerns.length > 0);
      const [top, second] = alternatives;
      const intent = top!.intent;
      // "I'm writing a training slide: how is neglect defined?": the writer is no child; an age is one.
      const aboutTheGuidance = framing.aboutTheGuidance(text, true) && age.ageYears === undefined;
      const attributes = askedAttributes(attributeRecogniser.recognise(text), facts);
      const elsewhere = area.area ? attributeRecogniser.asksElsewhere(text) : undefined;
      return {
        intent,
        confidence: top!.confidence,
        alternatives,
        ambiguous: top!.confidence < CONFIDENT || (!!second && top!.confidence - second.confidence < CLEAR_MARGIN),
        facts,
        ...(age.outOfRange ? { ageOutOfRange: age.outOfRange } : {}),
        areaCandidates: area.candidates,
        whyNot: asksWhyNot(text) ? named.services : [],
        ...(attributes ? { attributes } : {}),
        ...(elsewhere ? { asksElsewhere: elsewhere } : {}),
        // "What's involved?" asks "involved": the question's opening words match any printed line.
        askedTerms: (withoutNonWords(normalised).match(/[a-z]{4,}/g) ?? []).filter(w => !QUESTION_WORDS.openers.has(w)).map(stemOf),
        asks: QUESTION.test(normalised),
        saysNothingYet: QUESTION_WORDS.saysNothingYet(text),
        asksOfAnEntryAlone: !!attributes && (named.services.length + named.contacts.length) > 0 && age.ageYears === undefined
          && role !== 'young-person' && !framing.speaksOfAParticularChild(text),
        aboutChildrenInGeneral: age.ageYears === undefined && framing.aboutChildrenInGeneral(text),
        aboutTheGuidance,
        guidanceLines: aboutTheGuidance ? findGuidanceLines(guidanceLines, text, levelsMentioned, area.area?.authority) : [],
        outsideTheGuidance: outside,
        onlyAnOutsideSubject: outside && !findConcerns(concernMatcher, withoutOutsideSubjects(normalised)).length,
        asksForTheLevels: age.ageYears === undefined && framing.asksForTheLevels(text),
        wordCount,
        levelsMentioned,
        topics: findTopics(topicMatcher, withoutSafeguardingDenials(text)),
        selfReferral: asksToSelfRefer(text),
        personalData: findPersonalData(text),
        timing,
        risk: { confidence: screened.confidence, doubt: screened.doubt, past: screened.past, ...(screened.possible ? { possible: screened.possible } : {}), ...(screened.faint ? { faint: true } : {}) },
      };
    },
  };
}

/**
 * "Parents won't consent" states the consent, it does not ask about it: an attribute the message states
 * is not asked. "What is" asks what an entry is only when nothing more particular is asked ("what's the number").
 */
function askedAttributes(recognised: AttributesAsked | undefined, facts: Partial<CaseFacts>): AttributesAsked | undefined {
  const stated = recognised?.attributes.filter(a => !(a === 'consent' && facts.consent));
  const attributes = stated?.some(a => a !== 'about') ? stated.filter(a => a !== 'about') : stated;
  return recognised && attributes?.length ? { ...recognised, attributes } : undefined;
}

/** The intent examples that describe no harm: everyday referral language the risk model learns as such. */
export const ordinaryExamples = (examples: IntentExamples): string[] =>
  Object.entries(examples).filter(([intent]) => !HARM_INTENTS.has(intent)).flatMap(([, texts]) => texts ?? []);

function answersExpected(expecting: MissingFact, facts: Partial<CaseFacts>, ageRejected: boolean): boolean {
  switch (expecting) {
    case 'age': return facts.ageYears !== undefined || ageRejected;
    case 'area': return !!facts.area;
    case 'concern': return !!facts.concerns?.length;
    case 'diagnosis': return !!facts.diagnoses && Object.keys(facts.diagnoses).length > 0;
    case 'consent': return !!facts.consent;
  }
}

/** Intents that are a social move rather than a question about children's services. */
const SOCIAL_MOVES: readonly Intent[] = ['greeting', 'thanks', 'cancel', 'start-over', 'help'];
/** Social moves that clear what the case holds. */
const CLEARING_MOVES: readonly Intent[] = ['cancel', 'start-over'];
/** Longer than this, a message read as a social move by the classifier alone says something more. */
const SOCIAL_MOVE_MAX_WORDS = 12;
/** Below this, the classifier's next reading of such a message is no reading at all. */
const SECOND_READING_MIN = 0.1;

/**
 * A long message is never only "start over", "thanks" or "help": unless it says so in so many words (a
 * cue's boost), what else it asks comes first ("...I want to do the Freedom Programme, how long is it?").
 * The classifier that misread it is no surer that it is out of scope; and with no real second reading
 * either, the question is the default one: which service fits.
 */
function pastASocialMove(ranked: ScoredIntent[], boosts: Map<Intent, number>, wordCount: number, tellsFacts: boolean): ScoredIntent[] {
  const top = ranked[0]!.intent;
  // Clearing the case is never read from a message that tells its facts without the words for it
  // ("7. wants Cygnet; violent father turning up again" is not "start again"), whatever its length.
  const clearsUnasked = CLEARING_MOVES.includes(top) && tellsFacts;
  if (!SOCIAL_MOVES.includes(top) || boosts.has(top) || (wordCount <= SOCIAL_MOVE_MAX_WORDS && !clearsUnasked)) return ranked;
  const asking = (r: ScoredIntent) => !SOCIAL_MOVES.includes(r.intent) && r.intent !== 'out-of-scope';
  const reordered = [...ranked.filter(asking), ...ranked.filter(r => !asking(r))];
  if (reordered[0]!.confidence >= SECOND_READING_MIN) return reordered;
  return [...reordered.filter(r => r.intent === 'find-service'), ...reordered.filter(r => r.intent !== 'find-service')];
}

/** Classifier probabilities plus rule boosts, renormalised: a calibrated 0..1 per intent, best first. */
function rank(scores: Map<Intent, number>, boosts: Map<Intent, number>): ScoredIntent[] {
  const raw = INTENTS.map(intent => ({ intent, score: (scores.get(intent) ?? 0) + (boosts.get(intent) ?? 0) }));
  const total = raw.reduce((sum, r) => sum + r.score, 0) || 1;
  return raw.map(r => ({ intent: r.intent, confidence: r.score / total })).sort((a, b) => b.confidence - a.confidence);
}

/**
 * "the city EDT": a service or contact named alongside an authority is that authority's one. Another
 * authority's ("Derby ... youth justice" matching the county's) is dropped: the bot answers for the area.
 */
function narrowToArea(kb: KnowledgeBase, named: { services: string[]; contacts: string[] }, authority: string | undefined) {
  if (!authority) return named;
  const narrow = (ids: string[], authorityOf: (id: string) => string | undefined) => {
    return ids.filter(id => { const a = authorityOf(id); return !a || a === authority; });
  };
  return {
    services: narrow(named.services, id => kb.service(id)?.authority),
    contacts: narrow(named.contacts, id => kb.contact(id)?.authority),
  };
}
