// The connector and user-token clients are made once per app id, audience and serviceUrl and reused;
// authentication still runs for every request, and a client that could not be made is not remembered.
import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import {
  AuthenticationConstants, BotFrameworkAuthentication, ClaimsIdentity, ConnectorFactory,
  type AuthenticateRequestResult, type ConnectorClient, type UserTokenClient,
} from 'botframework-connector';
import { describe, expect, it } from 'vitest';
import { ReusedClientsAuthentication } from '../../src/bot/reusedClients.js';

const activity = { type: 'message', channelId: 'webchat', serviceUrl: 'https://webchat.botframework.com/', conversation: { id: 'c' } } as Activity;
const identity = (appId: string) => new ClaimsIdentity([{ type: AuthenticationConstants.AudienceClaim, value: appId }], true);

describe('reused clients', () => {
  it('hands out one connector client per serviceUrl and audience, and one user-token client per app id', async () => {
    const auth = new ReusedClientsAuthentication(new ConfigurationBotFrameworkAuthentication({}));
    const first = await auth.authenticateRequest(activity, '');
    const second = await auth.authenticateRequest(activity, '');
    const a = await first.connectorFactory!.create(activity.serviceUrl, first.audience);
    expect(await second.connectorFactory!.create(activity.serviceUrl, second.audience)).toBe(a);
    expect(await second.connectorFactory!.create('https://smba.trafficmanager.net/emea/', second.audience)).not.toBe(a);
    expect(await auth.createConnectorFactory(first.claimsIdentity).create(activity.serviceUrl, first.audience)).toBe(a);
    expect(await auth.createUserTokenClient(first.claimsIdentity)).toBe(await auth.createUserTokenClient(second.claimsIdentity));
  });

  it('keeps clients of different app ids apart and asks the inner authentication every time', async () => {
    let authenticated = 0;
    let made = 0;
    class Inner extends BotFrameworkAuthentication {
      async authenticateRequest(_activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
        authenticated++;
        return { audience: 'aud', claimsIdentity: identity(authHeader), connectorFactory: this.createConnectorFactory() };
      }
      async authenticateStreamingRequest(): Promise<AuthenticateRequestResult> { throw new Error('not used'); }
      createConnectorFactory(): ConnectorFactory {
        return new (class extends ConnectorFactory {
          async create(): Promise<ConnectorClient> { made++; return {} as ConnectorClient; }
        })();
      }
      async createUserTokenClient(): Promise<UserTokenClient> { return {} as UserTokenClient; }
    }
    const auth = new ReusedClientsAuthentication(new Inner());
    const clientFor = async (appId: string) => { const r = await auth.authenticateRequest(activity, appId); return r.connectorFactory!.create(activity.serviceUrl, r.audience); };
    const one = await clientFor('bot-one');
    expect(await clientFor('bot-one')).toBe(one);
    expect(await clientFor('bot-two')).not.toBe(one);
    expect(authenticated).toBe(3);
    expect(made).toBe(2);
  });

  it('does not remember a client that failed to be made', async () => {
    let attempts = 0;
    const inner = new ConfigurationBotFrameworkAuthentication({});
    const real = inner.createConnectorFactory(identity('bot'));
    const failingOnce = new (class extends ConnectorFactory {
      async create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
        if (attempts++ === 0) throw new Error('credentials unavailable');
        return real.create(serviceUrl, audience);
      }
    })();
    inner.createConnectorFactory = () => failingOnce;
    const factory = new ReusedClientsAuthentication(inner).createConnectorFactory(identity('bot'));
    await expect(factory.create(activity.serviceUrl, 'aud')).rejects.toThrow('credentials unavailable');
    const client = await factory.create(activity.serviceUrl, 'aud');
    expect(await factory.create(activity.serviceUrl, 'aud')).toBe(client);
    expect(attempts).toBe(2);
  });
});
