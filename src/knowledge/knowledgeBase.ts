// The contract every other module reads knowledge through. Built once at start-up by the loader
// from knowledge/**/*.yaml; immutable afterwards.
import type {
  Authority, Concern, Contact, District, HealthArea, LevelOfNeed, Place, Process, RiskSignal, Service, SourceDocument,
} from './schema.js';

/** The needs the given kinds of harm imply (risk signal ids to concern ids, each once): their services beside the front door. */
export const concernsOfRisks = (kb: KnowledgeBase, riskIds: readonly string[]): string[] =>
  [...new Set(riskIds.flatMap(id => kb.riskSignals.find(r => r.id === id)?.concerns ?? []))];

export interface KnowledgeBase {
  /** A short hash of the YAML content, so /healthz and answers can say which knowledge they rest on. */
  readonly version: string;
  readonly sources: readonly SourceDocument[];
  readonly authorities: readonly Authority[];
  readonly districts: readonly District[];
  readonly healthAreas: readonly HealthArea[];
  readonly places: readonly Place[];
  readonly concerns: readonly Concern[];
  readonly riskSignals: readonly RiskSignal[];
  readonly contacts: readonly Contact[];
  readonly services: readonly Service[];
  readonly levels: readonly LevelOfNeed[];
  readonly processes: readonly Process[];

  source(id: string): SourceDocument | undefined;
  authority(id: string): Authority | undefined;
  district(id: string): District | undefined;
  healthArea(id: string): HealthArea | undefined;
  concern(id: string): Concern | undefined;
  contact(id: string): Contact | undefined;
  service(id: string): Service | undefined;
  level(id: string): LevelOfNeed | undefined;
  process(id: string): Process | undefined;

  servicesForAuthority(authorityId: string): readonly Service[];
  servicesForConcern(concernId: string): readonly Service[];
  levelsForAuthority(authorityId: string): readonly LevelOfNeed[];
  processesForAuthority(authorityId: string): readonly Process[];
  /** Concern ids implied by a concern (itself first, then its broader concerns, transitively). */
  concernWithBroader(concernId: string): readonly string[];
}
