// The two key sets a registered bot checks tokens against, shared with botbuilder's own validation so
// each is fetched once per process.
import { AuthenticationConstants } from 'botframework-connector';
import { shareKeysWithConnector } from './connectorKeys.js';
import type { IssuerKeys } from './channelToken.js';
import { DEFAULT_KEY_LIMITS, OpenIdKeys, type OpenIdKeyLimits } from './openIdKeys.js';

export function channelIssuerKeys(limits: OpenIdKeyLimits = DEFAULT_KEY_LIMITS): IssuerKeys {
  const keys = {
    channel: new OpenIdKeys(AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl, limits),
    entraId: new OpenIdKeys(AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl, limits),
  };
  shareKeysWithConnector([keys.channel, keys.entraId]);
  return keys;
}
