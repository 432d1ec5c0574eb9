// The two ways a state store call fails that a turn must tell apart: someone else wrote first (re-read
// and re-apply the turn), or the store did not answer in time (apologise, keep what is stored).
export class StateConflict extends Error {
  constructor(readonly key: string) {
    super('The conversation state changed since it was read.');
    this.name = 'StateConflict';
  }
}

export class StoreUnavailable extends Error {
  constructor(readonly operation: 'read' | 'write' | 'delete' | 'probe', options?: { cause?: unknown }) {
    super(`The state store did not answer the ${operation}.`, options);
    this.name = 'StoreUnavailable';
  }
}

/** Ours, and botbuilder's own storages, which throw a plain Error naming an "eTag conflict". */
export const isStateConflict = (error: unknown): boolean =>
  error instanceof StateConflict || (error instanceof Error && /etag conflict/i.test(error.message));

/**
 * The eTag a write carries for a conversation not yet stored: the write succeeds only if nobody created
 * it meanwhile. It is never a real eTag, so botbuilder's MemoryStorage treats it the same way.
 */
export const CREATE_ONLY = 'create-only';

export interface StoreHealth { store: 'memory' | 'azure-blob'; reachable: boolean }

/** A store that can say whether it is reachable now (for /healthz). */
export interface ReportsHealth { health(): Promise<StoreHealth> }

export const reportsHealth = (storage: unknown): storage is ReportsHealth =>
  typeof (storage as Partial<ReportsHealth> | undefined)?.health === 'function';
