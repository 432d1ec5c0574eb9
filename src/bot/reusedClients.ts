// The clients a turn posts replies and token calls with, made once and reused. botbuilder's CloudAdapter
// builds a new ConnectorClient and UserTokenClient (each an HTTP pipeline, with its credentials) for
// every activity, even one whose replies go back in the response body (expectReplies) and never use
// them; under load that was about a tenth of a turn. A client depends only on the bot's app id, the
// audience and the channel's serviceUrl, so one per combination serves every turn with them; the
// credentials inside keep their own token cache. Authentication itself is untouched: every request is
// still checked by the configured BotFrameworkAuthentication before a client is handed out.
import {
  AuthenticationConstants, BotFrameworkAuthentication, ConnectorFactory,
  type AuthenticateRequestResult, type BotFrameworkClient, type ClaimsIdentity, type ConnectorClient, type UserTokenClient,
} from 'botframework-connector';
import type { Activity } from 'botbuilder';

/** Enough for every channel region a bot talks to; past it the least recently used client goes. */
const MAX_CLIENTS = 256;

/** A small least-recently-used map of settled promises; a rejected one is never kept. */
class ClientCache<T> {
  private readonly clients = new Map<string, Promise<T>>();

  get(key: string, make: () => Promise<T>): Promise<T> {
    const found = this.clients.get(key);
    if (found) {
      this.clients.delete(key);
      this.clients.set(key, found);
      return found;
    }
    const made = make();
    this.clients.set(key, made);
    made.catch(() => { if (this.clients.get(key) === made) this.clients.delete(key); });
    while (this.clients.size > MAX_CLIENTS) this.clients.delete(this.clients.keys().next().value!);
    return made;
  }
}

/** As botbuilder reads it: a channel's token names the bot in its audience, the Emulator's in its appid claim. */
function appIdOf(identity: ClaimsIdentity): string {
  return identity.getClaimValue(AuthenticationConstants.AudienceClaim) ?? identity.getClaimValue(AuthenticationConstants.AppIdClaim) ?? '';
}

class ReusingConnectorFactory extends ConnectorFactory {
  constructor(private readonly inner: ConnectorFactory, private readonly appId: string, private readonly cache: ClientCache<ConnectorClient>) { super(); }

  override create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return this.cache.get(JSON.stringify([this.appId, audience ?? null, serviceUrl]), () => this.inner.create(serviceUrl, audience));
  }
}

export class ReusedClientsAuthentication extends BotFrameworkAuthentication {
  private readonly connectors = new ClientCache<ConnectorClient>();
  private readonly tokenClients = new ClientCache<UserTokenClient>();

  constructor(private readonly inner: BotFrameworkAuthentication) { super(); }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.reusing(await this.inner.authenticateRequest(activity, authHeader));
  }

  override async authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    return this.reusing(await this.inner.authenticateStreamingRequest(authHeader, channelIdHeader));
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return new ReusingConnectorFactory(this.inner.createConnectorFactory(claimsIdentity), appIdOf(claimsIdentity), this.connectors);
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.tokenClients.get(appIdOf(claimsIdentity), () => this.inner.createUserTokenClient(claimsIdentity));
  }

  override createBotFrameworkClient(): BotFrameworkClient { return this.inner.createBotFrameworkClient(); }
  override getOriginatingAudience(): string { return this.inner.getOriginatingAudience(); }
  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> { return this.inner.authenticateChannelRequest(authHeader); }

  private reusing(result: AuthenticateRequestResult): AuthenticateRequestResult {
    if (!result.connectorFactory) return result;
    return { ...result, connectorFactory: new ReusingConnectorFactory(result.connectorFactory, appIdOf(result.claimsIdentity), this.connectors) };
  }
}
