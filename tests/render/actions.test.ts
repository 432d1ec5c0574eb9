// The tel: links a card's buttons dial are the ones the helpline lookup dials (src/lookup/dialling.ts):
// an extension is kept as a pause after the main number, and a fax, a minicom or a number printed
// without its area code is never a link.
import { describe, expect, it } from 'vitest';
import { diallable } from '../../src/lookup/dialling.js';
import { contactNow } from '../../src/pathway/hours.js';
import { callAction, referralRoute, telUrl } from '../../src/render/actions.js';
import { toPlainText } from '../../src/render/plainText.js';
import { layoutRoute } from '../../src/render/replyDocument.js';
import { emptyRoute } from '../../src/pathway/route.js';
import { startTestBot } from '../support/conversation.js';
import { contact, kb } from '../support/knowledge.js';

const tuesdayMorning = new Date('2026-12-01T10:00:00Z');

describe('tel: links on cards', () => {
  it('keeps the Prevent Team\'s printed extension ("101 Ext 801 5060") as a pause, not just 101', () => {
    const prevent = contact('nottinghamshire-prevent');
    expect(callAction(prevent)).toEqual({ title: 'Call Police Prevent Team', url: 'tel:101,8015060', printed: '101 Ext 801 5060' });
  });

  it('dials what the lookup dials for every contact in the knowledge base, or gives no call button', () => {
    for (const c of kb.contacts) {
      const first = c.phones.map(diallable).find(p => p.dial);
      expect(callAction(c)?.url, c.id).toBe(first ? `tel:${first.dial}` : undefined);
    }
  });

  it('never links a fax, a minicom or a number printed without its area code', () => {
    expect(telUrl({ number: '01332 786965', label: 'fax' })).toBeUndefined();
    expect(telUrl({ number: '01332 785642', label: 'minicom' })).toBeUndefined();
    expect(telUrl({ number: '641324', note: 'printed without an area code' })).toBeUndefined();
  });

  it('a referral by phone dials the extension too', () => {
    const prevent = contact('nottinghamshire-prevent');
    const service = kb.services.find(s => s.contacts.includes(prevent.id) || s.referral.contacts.includes(prevent.id));
    expect(service).toBeDefined();
    const fit = { service: { ...service!, referral: { ...service!.referral, selfReferral: 'not-accepted' as const, form: undefined, contacts: [prevent.id] } }, reasons: [], howToRefer: [], contacts: [contactNow(kb, { ...prevent, emails: [], web: [] }, tuesdayMorning)], score: 1 };
    expect(referralRoute(fit).action?.url).toBe('tel:101,8015060');
  });

  it('the plain text shows the number as printed beside the link that dials it', () => {
    const route = emptyRoute('contacts', 'Police Prevent Team');
    route.steps.push({ action: 'Police Prevent Team', why: '', contacts: [contactNow(kb, contact('nottinghamshire-prevent'), tuesdayMorning)], details: [] });
    expect(toPlainText(layoutRoute(kb, route))).toContain('Call Police Prevent Team: 101 Ext 801 5060 (tel:101,8015060)');
  });

  it('a Teams card for the Prevent Team calls the extension', async () => {
    const bot = startTestBot({ channelId: 'msteams', time: '2026-12-01T10:00:00Z' });
    const replies = await bot.send({ type: 'message', text: 'police prevent team number notts' });
    const card = JSON.stringify(replies.flatMap(r => r.attachments ?? []));
    expect(card).toContain('"url":"tel:101,8015060"');
    expect(card).not.toContain('"url":"tel:101"');
  });
});
