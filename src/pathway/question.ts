// What the user asked, as the pathway engine needs it. Built by the dialogs from an Understanding.
export type QuestionKind =
  | 'find-service' | 'eligibility' | 'service-info' | 'contact-lookup' | 'threshold' | 'process' | 'safeguarding' | 'records-check';

export interface Question {
  kind: QuestionKind;
  /** The words of the question (and of the case so far), for ranking entries by relevance. */
  text: string;
  levelsMentioned: readonly string[];
  /** The user asked about out of hours ("and out of hours?", "after 5pm"). */
  outOfHours?: boolean;
  /** The user asked about office hours ("and in office hours?"). */
  inHours?: boolean;
  /** The user wants to refer themselves / sign up directly. */
  selfReferral?: boolean;
}
