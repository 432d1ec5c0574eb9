// More identifying details as people type them (two spaces, a space inside "+44 (0) ", a postcode run
// together, two addresses in one message, a street of several words), and the places the guide knows kept
// beside a name-shaped match ("West Bridgford is 4 miles away" names a town, not a child). The module keeps
// the place names it read, so each test imports it afresh: the names are read in the test, not before it.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const REMOVED = '[removed]';
const personalData = () => import('../../src/understanding/personalData.js');
beforeEach(() => { vi.resetModules(); });

describe('numbers, postcodes and streets typed loosely', () => {
  it.each([
    ['her number is +44 (0) 115 496 0000', ['phone-number']],
    ['her number is 0115  496  0000', ['phone-number']],
    ['try +44 (0) 7700 900123', ['phone-number']],
    ['postcode NG15AB', ['postcode']],
  ])('"%s" warns of %j', async (message, kinds) => {
    const { findPersonalData } = await personalData();
    expect(findPersonalData(message)).toEqual(expect.arrayContaining(kinds));
  });

  it.each([
    ['her number is +44 (0) 115 496 0000', `her number is ${REMOVED}`],
    ['from 12 Oak Road to 4 Elm Street', `from ${REMOVED} to ${REMOVED}`],
    ['they live on Old Mill Lane now', `they live on ${REMOVED} now`],
    ['they live on Acacia  Avenue now', `they live on ${REMOVED} now`],
    ['they live on Derby Road now', `they live on ${REMOVED} now`],
  ])('"%s" is kept as "%s"', async (message, kept) => {
    const { redactPersonalData } = await personalData();
    expect(redactPersonalData(message)).toBe(kept);
  });
});

describe('places the guide knows, beside a name-shaped match', () => {
  it.each([
    ['Mansfield is 4 miles away', 'Mansfield is 4 miles away'],
    ['West Bridgford is 4 miles away', 'West Bridgford is 4 miles away'],
    ['Derby Mansfield is 40 miles', 'Derby Mansfield is 40 miles'],
    ['Derby Mansfield Jayden is 3', `Derby Mansfield ${REMOVED} is 3`],
    ['Mansfield Hi Jayden is 3', `Mansfield ${REMOVED} is 3`],
  ])('"%s" is kept as "%s"', async (message, kept) => {
    const { redactPersonalData } = await personalData();
    expect(redactPersonalData(message)).toBe(kept);
  });
});
