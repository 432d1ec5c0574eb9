// Tests never reach the network: only loopback is allowed; outside HTTP is intercepted with nock.
import nock from 'nock';

nock.disableNetConnect();
nock.enableNetConnect(host => /^(127\.0\.0\.1|localhost|\[::1\]|::1)(:\d+)?$/.test(host));
