// Where the bot may post replies. A turn's replies go to the activity's serviceUrl, so accepting any
// address would make the bot a relay to whatever the caller names (internal addresses included).
// Registered: only the Bot Framework channels' hosts, over HTTPS. Anonymous: only this machine.

/** Hosts the Bot Framework channels post from (Teams, Web Chat, Direct Line, the other channels, government clouds). */
const CHANNEL_HOST = /(?:^|\.)(?:botframework\.com|botframework\.us|botframework\.azure\.us|smba\.trafficmanager\.net|smba\.infra\.gcc\.teams\.microsoft\.com|smba\.infra\.gov\.teams\.microsoft\.us|smba\.infra\.dod\.teams\.microsoft\.us)$/i;

const isLoopback = (hostname: string): boolean =>
  hostname === 'localhost' || hostname === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(hostname);

export type ServiceUrlPolicy = (serviceUrl: string) => boolean;

export function serviceUrlPolicy(anonymous: boolean): ServiceUrlPolicy {
  return serviceUrl => {
    let url: URL;
    try { url = new URL(serviceUrl); } catch { return false; }
    if (anonymous) return (url.protocol === 'http:' || url.protocol === 'https:') && isLoopback(url.hostname);
    return url.protocol === 'https:' && CHANNEL_HOST.test(url.hostname);
  };
}
