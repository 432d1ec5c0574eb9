// A Route is the engine's answer: ordered steps, each with what to do, why, and the source it rests on.
// Renderers turn it into cards, plain text or a terse helpline line; dialogs never build replies by hand.
import type { Authority, Citation, LevelOfNeed, Process, Service } from '../knowledge/schema.js';
import type { ContactNow } from './hours.js';

export type RouteKind =
  | 'safeguarding'     // risk first: 999 and the front door
  | 'services'         // where to refer
  | 'eligibility'      // can X go on Y
  | 'service-info'     // what Y offers
  | 'contacts'         // a number or an email, at once
  | 'threshold'        // level of need
  | 'process'          // how to do something the guidance sets out
  | 'neighbour'        // the child lives in a neighbouring authority
  | 'outside-area'     // nowhere the guide covers
  | 'need-facts';      // nothing to say yet without the missing facts

export interface RouteStep {
  /** What to do now, in one sentence that reads well aloud. */
  action: string;
  /** The facts and the rule that led here. */
  why: string;
  citation?: Citation;
  contacts: ContactNow[];
  /** Extra lines: how to refer, what happens next, timescales, gaps in the source. */
  details: string[];
  urgent?: boolean;
}

export interface ServiceFit {
  service: Service;
  /** Why it fits: each a short clause ("for ages 0-18", "no diagnosis needed"). */
  reasons: string[];
  /** What the source says to do, and before referring. */
  howToRefer: string[];
  contacts: ContactNow[];
  score: number;
}

export interface RuledOut { service: Service; reason: string }

/** The facts a route can be missing, in the order they are asked: the area decides whose services apply. */
export const MISSING_FACTS = ['area', 'concern', 'age', 'diagnosis', 'consent'] as const;
export type MissingFact = typeof MISSING_FACTS[number];

export interface RouteNote {
  text: string;
  citation?: Citation;
  /** Said with the answer, not behind "Show more": a safeguarding reminder, 999, a question back. */
  prominent?: boolean;
}

export interface LevelMatch {
  level: LevelOfNeed;
  /** The indicators (as printed) that the description matched, with their domain. */
  matched: { domain: string; item: string }[];
}

export interface Route {
  kind: RouteKind;
  headline: string;
  authority?: Authority;
  /** Safeguarding and other must-do steps, in order. */
  steps: RouteStep[];
  startHere: ServiceFit[];
  alsoConsider: ServiceFit[];
  ruledOut: RuledOut[];
  levels: LevelMatch[];
  processes: Process[];
  /** Notes the sources attach, and statements of what a source does not say. */
  notes: RouteNote[];
  /** Facts that would change the answer, most decisive first. */
  missing: MissingFact[];
  /** Every citation the route rests on, de-duplicated, for the "Sources" line. */
  citations: Citation[];
  /** When the question matched several entries about as weakly: their names, offered as replies to choose from. */
  candidates: string[];
}

export const emptyRoute = (kind: RouteKind, headline: string): Route => ({
  kind, headline, steps: [], startHere: [], alsoConsider: [], ruledOut: [], levels: [], processes: [], notes: [], missing: [], citations: [], candidates: [],
});

export type { Authority, LevelOfNeed, Process, Service };
