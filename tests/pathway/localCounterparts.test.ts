// "And the city one?", "what about Gedling?": the entry that is to another place what the last answer was to
// its own. Expected pairs are read from the sources by hand: each authority prints its own Family Information
// Service (Pathway to Provision: the Families Information Service; Family Support Pathway, Key contacts: the
// Family Information Service, 0800 458 4114), its own Family Nurse Partnership (Derby Early Help Handbook,
// appendix 2; Pathway to Provision, Level 1 and 2 services), its own front door (the MASH; Children and
// Families Direct; First Contact), and Pathway to Provision D10 gives each district council's housing advice.
import { describe, expect, it } from 'vitest';
import type { AreaRef } from '../../src/pathway/caseFacts.js';
import type { Focus } from '../../src/pathway/focus.js';
import { counterpartIn } from '../../src/pathway/localContacts.js';
import { kb } from '../support/knowledge.js';

const area = (authority: string, district?: string): AreaRef => ({ authority, ...(district ? { district } : {}), asTyped: district ?? authority, unknown: false });
const city = area('nottingham-city');
const county = area('nottinghamshire');
const derby = area('derby');

describe('another place\'s own entry', () => {
  it.each<[string, Focus, AreaRef, Focus]>([
    ['the county\'s Families Information Service, asked of the City', { kind: 'contact', id: 'nottinghamshire-families-information-service' }, city, { kind: 'contact', id: 'nottingham-city-family-information-service' }],
    ['Derby\'s Family Nurse Partnership, asked of the county', { kind: 'service', id: 'derby-family-nurse-partnership' }, county, { kind: 'service', id: 'notts-family-nurse-partnership' }],
    ['the MASH, asked of Derby: Derby\'s front door', { kind: 'contact', id: 'nottinghamshire-mash' }, derby, { kind: 'contact', id: 'derby-first-contact' }],
    ['the MASH, asked of the City: the City\'s front door', { kind: 'contact', id: 'nottinghamshire-mash' }, city, { kind: 'contact', id: 'nottingham-city-children-and-families-direct' }],
    ['Broxtowe\'s housing advice, asked of Gedling (a district named "Borough", not "District")', { kind: 'contact', id: 'broxtowe-housing' }, area('nottinghamshire', 'gedling'), { kind: 'contact', id: 'gedling-housing' }],
    ['Ashfield\'s children\'s centre email, asked of Rushcliffe', { kind: 'contact', id: 'nottinghamshire-childrens-centres-ashfield' }, area('nottinghamshire', 'rushcliffe'), { kind: 'contact', id: 'nottinghamshire-childrens-centres-rushcliffe' }],
  ])('%s', (_name, focus, where, expected) => {
    expect(counterpartIn(kb, focus, where)).toEqual(expected);
  });

  it.each<[string, Focus, AreaRef]>([
    ['an entry already the place\'s own', { kind: 'contact', id: 'gedling-housing' }, area('nottinghamshire', 'gedling')],
    ['a county-wide service asked of a county district', { kind: 'service', id: 'notts-family-nurse-partnership' }, area('nottinghamshire', 'rushcliffe')],
    ['a level, which has no counterpart by name', { kind: 'level', id: 'notts-level-3' }, derby],
    ['a place outside the three authorities', { kind: 'contact', id: 'nottinghamshire-mash' }, { asTyped: 'Leicester', unknown: false } as AreaRef],
  ])('none for %s', (_name, focus, where) => {
    expect(counterpartIn(kb, focus, where)).toBeUndefined();
  });
});
