// botbuilder's own token validation (botframework-connector) keeps one OpenIdMetadata per metadata URL
// in a static cache and fetches keys with no deadline, retrying on every request while the fetch fails.
// Putting our cached key sets in that cache means the keys are fetched once per process, by us, with
// our limits. The cache is not part of the connector's typings, hence the narrow shape below; the
// authentication tests would fail if a botbuilder update moved it.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { OpenIdKeys } from './openIdKeys.js';

interface ConnectorKey { key: string; endorsements?: string[] }
interface MetadataCache { set(url: string, metadata: { getKey(kid: string): Promise<ConnectorKey | null> }): void }

export function shareKeysWithConnector(keySets: readonly OpenIdKeys[]): void {
  const require = createRequire(import.meta.url);
  const botbuilder = dirname(require.resolve('botbuilder'));
  const extractorPath = require.resolve('botframework-connector/lib/auth/jwtTokenExtractor', { paths: [botbuilder] });
  const { JwtTokenExtractor } = require(extractorPath) as { JwtTokenExtractor: { openIdMetadataCache: MetadataCache } };
  for (const keys of keySets) {
    JwtTokenExtractor.openIdMetadataCache.set(keys.metadataUrl, {
      async getKey(kid) {
        const found = await keys.key(kid).catch(() => undefined);
        return found ? { key: found.pem, ...(found.endorsements?.length ? { endorsements: found.endorsements } : {}) } : null;
      },
    });
  }
}
