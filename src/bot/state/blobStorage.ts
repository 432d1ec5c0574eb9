// Conversation state in Azure Blob Storage, shared by every instance behind the load balancer.
// botbuilder-azure-blobs' BlobsStorage could not be used as it is: it overwrites a new conversation
// unconditionally, keeps a failed start-up promise (so a bot started while the store was down never
// recovers), and leaves each call to the SDK's retries (32 s with the store down; channels give up at 15).
// Here every call has a deadline, a write is conditional (If-Match, or If-None-Match for a new
// conversation) and a conflict is a StateConflict the turn can re-apply itself on.
import { ContainerClient, RestError, type StoragePipelineOptions } from '@azure/storage-blob';
import type { Storage, StoreItems } from 'botbuilder';
import { text } from 'node:stream/consumers';
import { serialisedOf } from './serialisedItems.js';
import { CREATE_ONLY, StateConflict, StoreUnavailable, type ReportsHealth, type StoreHealth } from './storeErrors.js';

export interface BlobTimeouts {
  /** The whole call, retries included: a turn reads and writes once, and must answer within 5 s. */
  callMs: number;
  /** One HTTP attempt; a second attempt covers a dropped connection. */
  attemptMs: number;
}

export const DEFAULT_BLOB_TIMEOUTS: BlobTimeouts = { callMs: 2000, attemptMs: 1500 };

const pipelineOptions = (timeouts: BlobTimeouts): StoragePipelineOptions => ({
  retryOptions: { maxTries: 2, tryTimeoutInMs: timeouts.attemptMs, retryDelayInMs: 50, maxRetryDelayInMs: 200 },
});

/** Blob names are URL paths; conversation ids from some channels carry characters that are not. */
const blobName = (key: string): string => encodeURIComponent(key).slice(0, 1024);

/** A blob that is not state (written by hand, cut short) reads as an empty conversation, not a failed turn. */
function parsedState(body: string): object {
  try {
    const value: unknown = JSON.parse(body);
    return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
  } catch {
    return {};
  }
}

const statusOf = (error: unknown): number | undefined => (error instanceof RestError ? error.statusCode : undefined);

export class BlobStateStorage implements Storage, ReportsHealth {
  private readonly container: ContainerClient;
  /** Kept only once it succeeds: after a failure the next call tries again, so the bot recovers by itself. */
  private containerReady?: Promise<void>;

  constructor(connectionString: string, containerName: string, private readonly timeouts: BlobTimeouts = DEFAULT_BLOB_TIMEOUTS) {
    this.container = new ContainerClient(connectionString, containerName, pipelineOptions(timeouts));
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    await this.call('read', async abortSignal => {
      for (const key of keys) {
        try {
          const blob = await this.container.getBlobClient(blobName(key)).download(0, undefined, { abortSignal });
          const body = blob.readableStreamBody ? await text(blob.readableStreamBody) : '';
          // The eTag comes with the content, so the write can be conditional on exactly what was read.
          items[key] = { ...parsedState(body), eTag: blob.etag };
        } catch (error) {
          if (statusOf(error) !== 404) throw error;
        }
      }
    });
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    await this.call('write', async abortSignal => {
      for (const [key, item] of Object.entries(changes)) {
        const { eTag, ...content } = (item ?? {}) as { eTag?: string };
        const body = serialisedOf(item) ?? JSON.stringify(content);
        const conditions = eTag === CREATE_ONLY ? { ifNoneMatch: '*' } : eTag && eTag !== '*' ? { ifMatch: eTag } : {};
        try {
          const written = await this.container.getBlockBlobClient(blobName(key)).upload(body, Buffer.byteLength(body), {
            conditions, abortSignal, blobHTTPHeaders: { blobContentType: 'application/json' },
          });
          (item as { eTag?: string }).eTag = written.etag;
        } catch (error) {
          // 412: changed since read; 409: created since we found it absent.
          if (statusOf(error) === 412 || statusOf(error) === 409) throw new StateConflict(key);
          throw error;
        }
      }
    });
  }

  async delete(keys: string[]): Promise<void> {
    await this.call('delete', async abortSignal => {
      for (const key of keys) await this.container.getBlobClient(blobName(key)).deleteIfExists({ abortSignal });
    });
  }

  async health(): Promise<StoreHealth> {
    try {
      await this.call('probe', async abortSignal => { await this.container.getProperties({ abortSignal }); });
      return { store: 'azure-blob', reachable: true };
    } catch {
      return { store: 'azure-blob', reachable: false };
    }
  }

  /** Runs one store operation under the call deadline; anything but a conflict becomes StoreUnavailable. */
  private async call(operation: StoreUnavailable['operation'], run: (abortSignal: AbortSignal) => Promise<void>): Promise<void> {
    const abortSignal = AbortSignal.timeout(this.timeouts.callMs);
    try {
      await this.ensureContainer(abortSignal);
      await run(abortSignal);
    } catch (error) {
      if (error instanceof StateConflict) throw error;
      throw new StoreUnavailable(operation, { cause: error });
    }
  }

  private ensureContainer(abortSignal: AbortSignal): Promise<void> {
    this.containerReady ??= this.container.createIfNotExists({ abortSignal }).then(() => undefined, error => {
      this.containerReady = undefined;
      throw error;
    });
    return this.containerReady;
  }
}
