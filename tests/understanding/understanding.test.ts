// What the bot takes from a message, as practitioners, parents and helpline advisers type them.
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge/loader.js';
import { createUnderstander } from '../../src/understanding/understander.js';

const kb = loadKnowledgeBase();
const understander = createUnderstander(kb);
const understand = (text: string, expecting?: Parameters<typeof understander.understand>[2]) => understander.understand(text, undefined, expecting);

describe('intent', () => {
  it.each([
    ['7yo in West Bridgford, school think ADHD, parents want help', 'find-service'],
    ['mash number notts', 'contact-lookup'],
    ['email for the early help unit', 'contact-lookup'],
    ['can a 4 year old with autism go on cygnet?', 'eligibility'],
    ['is persistent truanting level 3?', 'threshold'],
    ['what is the New Forest programme', 'service-info'],
    ['why not Cygnet?', 'explain'],
    ['what if she were 12?', 'what-if'],
    ['and out of hours?', 'what-if'],
    ['how do I step a case down from social care?', 'process'],
    ['is this family already known to social care?', 'records-check'],
    ['start over', 'start-over'],
    ['thanks, that helps', 'thanks'],
    ['what is the weather in Nottingham tomorrow', 'out-of-scope'],
  ])('"%s" is %s', (text, intent) => {
    expect(understand(text).intent).toBe(intent);
  });
});

describe('age', () => {
  it.each([
    ['a 7-year-old', 7], ['seven year old boy', 7], ['15 y/o girl', 15], ['aged 3', 3], ['she\'s 9', 9],
    ['Year 3 pupil', 7], ['in Reception', 4], ['toddler with tantrums', 2], ['newborn baby', 0], ['unborn baby', -1],
  ])('"%s" is %i', (text, age) => {
    expect(understand(text).facts.ageYears).toBe(age);
  });

  it('keeps months for babies', () => {
    expect(understand('18 months old').facts).toMatchObject({ ageYears: 1, ageMonths: 18 });
  });

  it('takes a bare number as the age when the age was asked for', () => {
    expect(understand('7', 'age').facts.ageYears).toBe(7);
  });

  it.each([['-3 years old', false], ['250 years old', false], ['my brother is 40', true]])('rejects "%s" (adult: %s)', (text, adult) => {
    expect(understand(text).ageOutOfRange?.adult).toBe(adult);
  });
});

describe('area', () => {
  it.each([
    ['lives in Rushclife', 'rushcliffe'], ['from Mansfeild', 'mansfield'], ['Newark & Sherwood', 'newark-and-sherwood'],
    ['Kirkby-in-Ashfield', 'ashfield'], ['Beeston', 'broxtowe'], ['Worksop', 'bassetlaw'],
  ])('"%s" is in %s', (text, district) => {
    expect(understand(text).facts.area?.district).toBe(district);
  });

  it.each([['Nottm', 'nottingham-city'], ['Alvaston', 'derby'], ['the county', 'nottinghamshire'], ['Chesterfield', 'derbyshire']])('"%s" is %s', (text, authority) => {
    expect(understand(text).facts.area?.authority).toBe(authority);
  });

  it('reports a place the guide does not cover instead of guessing', () => {
    expect(understand('the family live in Birmingham').facts.area).toMatchObject({ unknown: true, asTyped: 'Birmingham' });
  });
});

describe('concerns and diagnosis', () => {
  it.each([
    ['can\'t sit still', 'adhd'], ['on the spectrum', 'autism'], ['won\'t sleep', 'sleep'], ['county lines', 'exploitation'],
    ['truanting', 'school-attendance'], ['EHCP', 'send'], ['evicted', 'housing'], ['looks after mum', 'young-carer'],
  ])('"%s" is about %s', (text, concern) => {
    expect(understand(text).facts.concerns).toContain(concern);
  });

  it.each([
    ['diagnosed with autism', 'autism', 'diagnosed'], ['school think ADHD', 'adhd', 'suspected'],
    ['on the waiting list for an ASD assessment', 'autism', 'awaiting-assessment'], ['not diagnosed with ADHD', 'adhd', 'none'],
  ])('"%s": %s is %s', (text, condition, status) => {
    expect(understand(text).facts.diagnoses?.[condition]).toBe(status);
  });
});

describe('the risk screen', () => {
  it.each([
    ['she has bruises she can\'t explain', 'physical-abuse'],
    ['mum\'s boyfriend hurts her', 'physical-abuse'],
    ['he told me his uncle touches him inappropriately', 'sexual-abuse'],
    ['she has been cutting herself', 'self-harm'],
    ['talking about killing himself', 'suicide'],
    ['carrying drugs for older lads, county lines', 'exploitation'],
    ['ran away again last night', 'missing'],
    ['watching extremist videos and talking about attacks', 'radicalisation'],
    ['worried she will be taken abroad for FGM', 'fgm'],
    ['being forced to marry her cousin', 'forced-marriage'],
    ['the kids were left home alone all weekend', 'home-alone'],
    ['domestic violence at home', 'domestic-abuse'],
    ['the baby has a bruise on his face', 'injury-to-baby'],
  ])('"%s" raises %s', (text, signal) => {
    expect(understand(text).facts.risks).toContain(signal);
  });

  it('flags immediate danger', () => {
    expect(understand('he has a knife and is threatening her right now').facts.immediateDanger).toBe(true);
  });

  it.each(['no safeguarding concerns', 'she isn\'t being hurt at home', 'no self harm', 'not at risk of exploitation'])('"%s" raises nothing', text => {
    expect(understand(text).facts.risks ?? []).toEqual([]);
  });

  it('still raises a real risk beside a denial', () => {
    expect(understand('no safeguarding concerns but she told me dad hits her').facts.risks).toContain('physical-abuse');
  });
});

describe('personal data', () => {
  it.each([
    ['NHS no. 943 476 5919', 'nhs-number'], ['born 21.06.2011', 'date-of-birth'], ['call mum on 07700 900123', 'phone-number'],
    ['she lives at 12 Acacia Road NG2 5AB', 'postcode'], ['the child is called Amy Jones', 'name'],
  ])('"%s" is %s', (text, kind) => {
    expect(understand(text).personalData).toContain(kind);
  });

  it('does not mistake a service number for personal data', () => {
    expect(understand('is 0300 500 80 90 the MASH?').personalData).toEqual([]);
  });
});
