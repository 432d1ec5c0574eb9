// Whose guidance applies: the child's home area decides; without one, what the user named, if it all
// belongs to one authority. For a worry about a child, only a named front door (or its out-of-hours
// team) says whose route it is: "my school" says nothing about where the child lives.
import { describe, expect, it } from 'vitest';
import { CaseFacts } from '../../src/pathway/caseFacts.js';
import { homeAuthorities, resolveAuthority } from '../../src/pathway/authority.js';
import { kb } from '../support/knowledge.js';

const facts = (input: Record<string, unknown>) => CaseFacts.parse(input);
const whose = (input: Record<string, unknown>, forSafeguarding = false) => resolveAuthority(kb, facts(input), forSafeguarding)?.id;

describe('whose guidance applies', () => {
  it.each([
    [{ area: { authority: 'derby', asTyped: 'Derby' } }, 'derby'],
    [{ area: { authority: 'derby', asTyped: 'Derby' }, namedServices: ['notts-youth-service'] }, 'derby'],
    [{ namedServices: ['notts-youth-service'] }, 'nottinghamshire'],
    [{ namedServices: ['notts-youth-service', 'notts-healthy-family-teams'] }, 'nottinghamshire'],
    [{ namedContacts: ['derby-careline'] }, 'derby'],
    [{ namedServices: ['derby-vcm'], namedContacts: ['derby-first-contact'] }, 'derby'],
    [{ namedServices: ['childline', 'derby-vcm'] }, 'derby'],
  ])('%j: %s', (input, authority) => {
    expect(whose(input)).toBe(authority);
  });

  it.each([
    [{}, 'nothing said'],
    [{ area: { asTyped: 'Narnia', unknown: true } }, 'a place outside the gazetteer'],
    [{ namedServices: ['notts-youth-service', 'derby-vcm'] }, 'services of two authorities'],
    [{ namedServices: ['derby-vcm'], namedContacts: ['nottinghamshire-mash'] }, 'a service and a contact of two authorities'],
    [{ namedServices: ['childline'] }, 'a service of no authority'],
    [{ namedContacts: ['childline'] }, 'a contact of no authority'],
    [{ namedServices: ['no-such-service'] }, 'an id the knowledge does not have'],
  ])('%j: none (%s)', (input, _reason) => {
    expect(whose(input)).toBeUndefined();
  });
});

describe('whose route a worry about a child takes', () => {
  it.each([
    [{ area: { authority: 'nottingham-city', asTyped: 'Bulwell' } }, 'nottingham-city'],
    [{ namedContacts: ['nottingham-city-children-and-families-direct'] }, 'nottingham-city'],
    [{ namedContacts: ['nottinghamshire-edt'] }, 'nottinghamshire'],
    [{ namedContacts: ['derby-careline'] }, 'derby'],
    [{ namedContacts: ['derby-first-contact', 'derby-vcm-locality-2'] }, 'derby'],
  ])('%j: %s', (input, authority) => {
    expect(whose(input, true)).toBe(authority);
  });

  it.each([
    [{ namedServices: ['notts-youth-service'] }, 'a service named'],
    [{ namedContacts: ['derby-vcm-locality-2'] }, 'a contact that is not a front door'],
    [{ namedContacts: ['derby-first-contact', 'nottinghamshire-mash'] }, 'two front doors'],
  ])('%j: none (%s)', (input, _reason) => {
    expect(whose(input, true)).toBeUndefined();
  });
});

it('is whose guidance applies, not a worry\'s route, unless asked for that', () => {
  expect(resolveAuthority(kb, facts({ namedServices: ['notts-youth-service'] }))?.id).toBe('nottinghamshire');
});

it('the home authorities are the three whose guidance this is', () => {
  expect(homeAuthorities(kb).map(a => a.id).sort()).toEqual(['derby', 'nottingham-city', 'nottinghamshire']);
});
