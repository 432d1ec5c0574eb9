// Every written form each pattern lists, one row each, so that dropping any one of them fails a test:
// each month as people shorten it, each way of saying "date of birth", each street type an address
// ends with, each word that makes a number a person's, each service's email domain.
import { describe, expect, it } from 'vitest';
import { findPersonalData, redactPersonalData, REMOVED } from '../../src/understanding/personalData.js';

describe('dates of birth, every month as written', () => {
  it.each([
    'Jan', 'January', 'Feb', 'February', 'Mar', 'March', 'Apr', 'April', 'May', 'Jun', 'June', 'Jul', 'July', 'Aug', 'August',
    'Sep', 'Sept', 'September', 'Oct', 'October', 'Nov', 'November', 'Dec', 'December', 'Dec.',
  ])('"3 %s 2018" is a date, removed whole', month => {
    expect(findPersonalData(`born 3 ${month} 2018`)).toEqual(['date-of-birth']);
    expect(redactPersonalData(`born 3 ${month} 2018 in Derby`)).toBe(`born ${REMOVED} in Derby`);
  });

  it.each(['1st', '2nd', '3rd', '4th'])('"%s of May 2018"', day => {
    expect(redactPersonalData(`dob ${day} of May 2018`)).toBe(`dob ${REMOVED}`);
  });

  it.each(['14/03/1999', '1999-03-14', '14 3 1999', 'May 14th, 1999'])('a twentieth-century date, %s', date => {
    expect(findPersonalData(date)).toEqual(['date-of-birth']);
  });

  it.each(['dob', 'DOB', 'd.o.b.', 'd. o. b.', 'date of birth', 'birth date', 'birthdate', 'birthday', 'born', 'born on'])('"%s" before a month and year', words => {
    expect(findPersonalData(`${words} June 2018`)).toEqual(['date-of-birth']);
    expect(redactPersonalData(`${words} June 2018`)).not.toMatch(/2018/);
  });

  it('"born in 2018" and "dob 2018" give a year of birth; "in 2018" alone does not', () => {
    expect(findPersonalData('born in 2018')).toEqual(['date-of-birth']);
    expect(findPersonalData('dob: 2018')).toEqual(['date-of-birth']);
    expect(findPersonalData('it started in 2018')).toEqual([]);
  });
});

describe('addresses, every street type', () => {
  it.each(['Road', 'Rd', 'Street', 'St', 'Avenue', 'Ave', 'Lane', 'Ln', 'Close', 'Drive', 'Dr', 'Way', 'Crescent', 'Court', 'Place', 'Grove',
    'Gardens', 'Terrace', 'Walk', 'Row', 'Rise', 'Mews', 'Square', 'Parade', 'Hill', 'View', 'Green'])('"12 Oak %s"', type => {
    expect(findPersonalData(`we are at 12 Oak ${type} now`)).toEqual(['postcode']);
    expect(redactPersonalData(`we are at 12 Oak ${type} now`)).toBe(`we are at ${REMOVED} now`);
  });

  it.each(['road', 'rd', 'street', 'avenue', 'ave', 'lane', 'crescent', 'gardens', 'terrace', 'mews', 'grove'])('typed in lower case, "12 oak %s"', type => {
    expect(findPersonalData(`we are at 12 oak ${type} now`)).toEqual(['postcode']);
  });

  it.each(['way', 'close', 'view', 'hill', 'green', 'row'])('"12 oak %s" in lower case needs a capital to be a street', type => {
    expect(findPersonalData(`she is 12 oak ${type} now`)).not.toContain('postcode');
  });

  it.each(['Road', 'Street', 'Avenue', 'Lane', 'Close', 'Drive', 'Crescent', 'Court', 'Grove', 'Gardens', 'Terrace', 'Walk', 'Mews', 'Square', 'Rise', 'Parade'])(
    'a named street with no number, "Acacia %s", is removed', type => {
      expect(redactPersonalData(`they live on Acacia ${type} now`)).toBe(`they live on ${REMOVED} now`);
    });

  it.each(['Flat 3, 12 Mill Lane', 'Apartment 2 14 Oak Road', 'Unit 4, 9 Station Road', 'flat 3b, 12 mill lane'])('"%s" is removed whole', address => {
    expect(redactPersonalData(`at ${address} today`)).toBe(`at ${REMOVED} today`);
  });
});

describe('a number said to be a person\'s', () => {
  it.each(['my number is', 'her number is', 'his number is', 'their number is', "mum's number is", 'mums mobile', 'dad is', "dad's phone",
    'home', 'mobile', 'landline', 'call me on', 'ring her on', 'ring him on', 'ring them on'])('"%s 0115 496 0000"', cue => {
    expect(findPersonalData(`${cue} 0115 496 0000`)).toEqual(['phone-number']);
  });

  it('a cue more than 25 characters before the number is about something else', () => {
    expect(findPersonalData('my son is struggling at school; ring 0115 496 0000?')).toEqual([]);
  });

  it.each(['+44 115 496 0000', '+44 (0)115 496 0000', '+44(0)1159 496000'])('every UK form, "%s", after a cue', number => {
    // "+44 115 496 0000" also has the shape of an NHS number (ten digits, 3-3-4, the first not 0): warned of as both.
    expect(findPersonalData(`her number is ${number}`)).toContain('phone-number');
    expect(redactPersonalData(`her number is ${number}`)).toBe(`her number is ${REMOVED}`);
  });

  it.each(['+447700900123', '+44 7700 900123', '07700-900-123'])('any mobile, "%s", cue or none', number => {
    expect(findPersonalData(`try ${number}`)).toEqual(['phone-number']);
  });
});

describe('email addresses', () => {
  it.each(['nottscc.gov.uk', 'nottsc.gov.uk', 'notts.gov.uk', 'nottinghamcity.gov.uk', 'derby.gov.uk', 'family-action.org.uk'])('a service\'s, @%s, is no reason to warn', domain => {
    expect(findPersonalData(`email team@${domain}`)).toEqual([]);
  });

  it('a person\'s beside a service\'s is', () => {
    expect(findPersonalData('email team@derby.gov.uk or me at jo.bloggs@gmail.com')).toEqual(['email']);
  });
});

describe('names', () => {
  it.each(['He', 'She', 'They', 'It', 'This', 'That', 'There', 'Who', 'What', 'Which', 'When', 'Where', 'My', 'Our', 'Their', 'His', 'Her', 'The', 'A',
    'An', 'Child', 'Son', 'Daughter', 'Boy', 'Girl', 'Baby', 'Year', 'Age', 'Aged', 'Now', 'And', 'But', 'So', 'If', 'Is', 'Mum', 'Dad', 'Yes', 'No', 'Hi', 'Hello'])(
    '"%s is 7" names no one', word => {
      expect(findPersonalData(`${word} is 7`)).toEqual([]);
      expect(redactPersonalData(`${word} is 7`)).toBe(`${word} is 7`);
    });

  it.each(['child is', 'son is', 'daughter is', 'boy is', 'girl is', 'pupil is', 'student is', 'baby is', 'kid is', 'brother is', 'sister is', 'he is', 'she is',
    'called', 'named', 'name is', "name's", 'known as'])('"%s Priya" names her', lead => {
    expect(findPersonalData(`the ${lead} Priya`)).toEqual(['name']);
    expect(redactPersonalData(`the ${lead} Priya`)).toBe(`the ${lead} ${REMOVED}`);
  });

  it.each(['Amy was 6', 'Amy aged 6', 'Amy age 6', 'Amy (aged 6)', 'Amy, aged 6', 'Amy, DOB 1/2/2019', 'Amy born 2019'])('"%s" names her by her age', message => {
    expect(findPersonalData(message)).toContain('name');
    expect(redactPersonalData(message)).not.toContain('Amy');
  });

  it('a name after a place the guide knows is removed, the place kept; places alone are kept', () => {
    expect(redactPersonalData('Arnold Jayden is 4')).toBe(`Arnold ${REMOVED} is 4`);
    expect(redactPersonalData('Sutton in Ashfield is 4 miles')).toBe('Sutton in Ashfield is 4 miles');
    expect(redactPersonalData('Mansfield Now is 4')).toBe('Mansfield Now is 4');
  });
});
