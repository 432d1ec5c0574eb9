// Which printed numbers become tel: links: only those that dial as printed, extensions kept as a pause,
// fax and minicom never. Every number in the knowledge base is checked, not just the examples.
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge/loader.js';
import { diallable } from '../../src/lookup/dialling.js';

describe('dialling a printed number', () => {
  it.each([
    ['0300 500 80 90', '03005008090'],
    ['0115 8041275', '01158041275'],
    ['0800 1111', '08001111'],
    ['101', '101'],
    ['101 Ext 801 5060', '101,8015060'],
    ['+44 115 876 4800', '+441158764800'],
  ])('%s dials tel:%s', (number, dial) => {
    expect(diallable({ number }).dial).toBe(dial);
  });

  it('keeps the extension beside the number', () => {
    expect(diallable({ number: '101 Ext 801 5060' }).extension).toBe('8015060');
  });

  it.each(['641324', '256990'])('%s, printed without an area code, is not a link and no code is guessed', number => {
    const phone = diallable({ number, note: 'printed without an area code' });
    expect(phone.dial).toBeUndefined();
    expect(phone.notDialable).toMatch(/without an area code/);
  });

  it('labels fax and minicom numbers and never dials them', () => {
    expect(diallable({ number: '01332 786965', label: 'fax' })).toMatchObject({ kind: 'fax', notDialable: 'Fax: not for calls' });
    expect(diallable({ number: '01332 785642', label: 'minicom' })).toMatchObject({ kind: 'minicom' });
    expect(diallable({ number: '01332 785642', label: 'minicom' }).dial).toBeUndefined();
  });

  it('every number in the knowledge base either dials as printed or says why not', () => {
    const kb = loadKnowledgeBase();
    for (const contact of kb.contacts) {
      for (const phone of contact.phones.map(diallable)) {
        if (phone.dial) expect(phone.dial, `${contact.id} ${phone.number}`).toMatch(/^(0\d{7,10}|\+44\d{9,10}|999|112|1\d{2}|116\d{3})(,\d+)?$/);
        else expect(phone.notDialable, `${contact.id} ${phone.number}`).toBeTruthy();
      }
    }
  });
});
