// Identifying details, one kind at a time, as people type them: the bot warns about each (safety rule 4)
// and removes it from anything kept. Each row is a message and the kinds any reader would see in it.
import { describe, expect, it } from 'vitest';
import { findPersonalData, redactPersonalData, REMOVED } from '../../src/understanding/personalData.js';

describe('kinds of identifying detail', () => {
  it.each([
    // NHS numbers: ten digits, the first not 0.
    ['NHS 943 476 5919', ['nhs-number']],
    ['nhs no 943-476-5919', ['nhs-number']],
    ['9434765919', ['nhs-number']],
    // Dates of birth.
    ['dob 14/03/2018', ['date-of-birth']],
    ['born 14.3.18', ['date-of-birth']],
    ['2018-03-14', ['date-of-birth']],
    ['14 3 2018', ['date-of-birth']],
    ['14th of March 2018', ['date-of-birth']],
    ['14-Mar-18', ['date-of-birth']],
    ["14 Sept '18", ['date-of-birth']],
    ['March 14th, 2018', ['date-of-birth']],
    ['Sep the 3rd 2019', ['date-of-birth']],
    ['D.O.B June 2018', ['date-of-birth']],
    ['D.O.B. June 2018', ['date-of-birth']],
    ['date of birth: 2018', ['date-of-birth']],
    ['birthdate 14032018', ['date-of-birth']],
    ['born in May 2017', ['date-of-birth']],
    ['birthday Dec. 2016', ['date-of-birth']],
    ['born on 1/2/2015', ['date-of-birth']],
    // Addresses.
    ['NG1 5AB', ['postcode']],
    ['de22 3xy', ['postcode']],
    ['NG15 0DR', ['postcode']],
    ['lives at 44 Acacia Avenue', ['postcode']],
    ['12 high street', ['postcode']],
    ['flat 3, 12 mill lane', ['postcode']],
    ['Flat 2', ['postcode']],
    ['Apartment 7b', ['postcode']],
    ['Unit 4, 9 Station Road', ['postcode']],
    ['3 Oak Close', ['postcode']],
    ['7a Park View', ['postcode']],
    // Phone numbers said to be a person's, and any mobile.
    ['her number is 0115 496 0000', ['phone-number']],
    ['mum on 01623 404 999', ['phone-number']],
    ['call me on (0115) 496-0000', ['phone-number']],
    ['his landline 0115 4960000', ['phone-number']],
    ['07700 900123', ['phone-number']],
    ['+44 7700 900 123', ['phone-number']],
    ['+44 (0)7700 900123', ['phone-number']],
    // Email addresses that are not a service's.
    ['mum.smith@example.com', ['email']],
    ['j_doe+kids@mail.co.uk', ['email']],
    // Names.
    ['she is called Amy', ['name']],
    ['a boy named Tom Jones', ['name']],
    ['her name is Ellie-Mae', ['name']],
    ["his name's O'Brien", ['name']],
    ['known as Jay', ['name']],
    ['my son is Oliver', ['name']],
    ['the pupil is Priya Patel', ['name']],
    ['Jayden Smith is 7', ['name']],
    // A full name beside the child's school year, as a teacher types it.
    ['Kacey-Leigh Barnes in Y2 has been taking food from the bins', ['name']],
    ['Tom Jones in year 6', ['name']],
    ['Ellie Smith in Reception', ['name']],
    ['Chellaston Y6 - Kai Brennan, 10, says his dad makes him stand outside', ['name']],
    ['Tom Jones, 7 yrs', ['name']],
    ['Amy (6)', ['name']],
    ['Ruby ( aged 4 )', ['name']],
    ['Tom who is 9', ['name']],
    ['Kacper aged 5', ['name']],
    ['Zainab, dob 01/02/2017', ['date-of-birth', 'name']],
    ['McDonald is 8', ['name']],
  ])('"%s" -> %j', (message, kinds) => {
    expect(findPersonalData(message)).toEqual(kinds);
  });

  it('finds every kind in one message, in a fixed order', () => {
    expect(findPersonalData('Amy Jones is 7, NHS 943 476 5919, dob 14/03/2018, NG1 5AB, her number is 0115 496 0000, amy@example.com'))
      .toEqual(['nhs-number', 'date-of-birth', 'postcode', 'phone-number', 'email', 'name']);
  });

  it.each([
    'is 0300 500 80 90 the MASH number?',
    'ring 0115 876 4800 out of hours',
    'email mash.safeguarding@nottscc.gov.uk',
    'send it to Nottinghamshiresmallsteps@family-action.org.uk',
    'CandF.direct@nottinghamcity.gcsx.gov.uk',
    'early.help@notts.gov.uk',
    'a year 4 boy aged 8 in Arnold',
    'a boy in Y2 at a Mansfield school',
    'Sutton Bonington, 10 minutes away',
    'my son is 7 and autistic',
    'a 12 year old way behind at school',
    'He is 7',
    'She is Autistic',
    'my son is Mum\'s worry',
    'this happened in 2018',
    'he was born early',
    'she is 12 close to her nan',
    '0115 is the Nottingham code',
    'in 2 weeks',
    'year 2018 to 2019',
    'the 5th of the month',
  ])('"%s" warns of nothing', message => {
    expect(findPersonalData(message)).toEqual([]);
  });
});

describe('what is kept', () => {
  it.each([
    ['her number is 0115 496 0000, ring after 3', `her number is ${REMOVED}, ring after 3`],
    ['Jayden Smith is 7', `${REMOVED} is 7`],
    ['she is called Amy and is 6', `she is called ${REMOVED} and is 6`],
    ['lives at 44 Acacia Avenue, Bulwell', `lives at ${REMOVED}, Bulwell`],
    ['lives on Acacia Avenue', `lives on ${REMOVED}`],
    ['Kacey-Leigh Barnes in Y2', `${REMOVED} in Y2`],
    ['dob 14/03/2018 in Derby', `dob ${REMOVED} in Derby`],
    ['ring the MASH on 0300 500 80 90', `ring the MASH on ${REMOVED}`],
    ['write to mash.safeguarding@nottscc.gov.uk', `write to ${REMOVED}`],
    ['100 Acacia Road, aged 4', `${REMOVED}, aged 4`],
    ['Mansfield is 4 miles away', 'Mansfield is 4 miles away'],
    ['Mansfield Hi is 4', 'Mansfield Hi is 4'],
    ['Derby Jayden is 3', `Derby ${REMOVED} is 3`],
    ['nothing to remove here', 'nothing to remove here'],
  ])('"%s" is kept as "%s"', (message, kept) => {
    expect(redactPersonalData(message)).toBe(kept);
  });
});
