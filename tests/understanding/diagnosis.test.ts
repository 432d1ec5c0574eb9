// Diagnosis status as a practitioner puts it: the tables are how people write about an ADHD or autism
// diagnosis, with the status any reader would take from them, written by hand (not from the patterns).
import { describe, expect, it } from 'vitest';
import { findDiagnoses } from '../../src/understanding/diagnosis.js';

describe('a status stated with the condition named', () => {
  it.each([
    // waiting for an assessment
    ['he is on the waiting list for ADHD', 'adhd', 'awaiting-assessment'],
    ['waiting for an assessment for autism', 'autism', 'awaiting-assessment'],
    ['waiting for a diagnosis of autism', 'autism', 'awaiting-assessment'],
    ['ASD - waiting for assessment', 'autism', 'awaiting-assessment'],
    ['on the assessment list for ADHD', 'adhd', 'awaiting-assessment'],
    ['awaiting an ASC assessment', 'autism', 'awaiting-assessment'],
    ['she has been referred for an assessment, query autism', 'autism', 'awaiting-assessment'],
    ['referred for diagnosis of ADHD', 'adhd', 'awaiting-assessment'],
    ['referred for a diagnosis of autism', 'autism', 'awaiting-assessment'],
    ['being assessed for Asperger\'s', 'autism', 'awaiting-assessment'],
    ['autism assessment is booked for March', 'autism', 'awaiting-assessment'],
    ['autism assessment booked', 'autism', 'awaiting-assessment'],
    ['ADHD assessment pending', 'adhd', 'awaiting-assessment'],
    ['ADHD assessment is due next month', 'adhd', 'awaiting-assessment'],
    // no diagnosis
    ['no formal diagnosis of autism', 'autism', 'none'],
    ['no official diagnosis but ADHD traits', 'adhd', 'none'],
    ['no confirmed dx of ASD', 'autism', 'none'],
    ['not been formally diagnosed with ADHD', 'adhd', 'none'],
    ['not officially diagnosed autistic', 'autism', 'none'],
    ['undiagnosed ADHD', 'adhd', 'none'],
    ['autistic traits without a formal diagnosis', 'autism', 'none'],
    ['ADHD symptoms without any diagnosis', 'adhd', 'none'],
    ['autism without diagnosis', 'autism', 'none'],
    ['he hasnt got a diagnosis of ADHD', 'adhd', 'none'],
    ['hasnt been diagnosed with autism', 'autism', 'none'],
    ['havent been diagnosed with ADHD', 'adhd', 'none'],
    ['isnt diagnosed with ADHD', 'adhd', 'none'],
    ['wasnt diagnosed with autism', 'autism', 'none'],
    ["she hasn't got a diagnosis of autism", 'autism', 'none'],
    ["hasn't had a diagnosis for his ADHD", 'adhd', 'none'],
    ['ADHD, not yet diagnosed', 'adhd', 'none'],
    ['he has not been diagnosed with ADHD', 'adhd', 'none'],
    ["they haven't been diagnosed with autism", 'autism', 'none'],
    ['I have not yet been diagnosed with ADHD', 'adhd', 'none'],
    ["she isn't diagnosed autistic", 'autism', 'none'],
    ['he is not diagnosed with ADHD', 'adhd', 'none'],
    ["wasn't diagnosed with ASD at school", 'autism', 'none'],
    ['never officially diagnosed with ADHD', 'adhd', 'none'],
    // suspected
    ['we suspect autism', 'autism', 'suspected'],
    ['suspected ADHD', 'adhd', 'suspected'],
    ['I think he is autistic', 'autism', 'suspected'],
    ['I think ADHD', 'adhd', 'suspected'],
    ['mum thinks its ADHD', 'adhd', 'suspected'],
    ['they seem to be autistic', 'autism', 'suspected'],
    ['mum thinks it\'s ADHD', 'adhd', 'suspected'],
    ['school thinks it is autism', 'autism', 'suspected'],
    ['she might have ADHD', 'adhd', 'suspected'],
    ['may have ADHD', 'adhd', 'suspected'],
    ['could be on the spectrum', 'autism', 'suspected'],
    ['query ASD', 'autism', 'suspected'],
    ['queried ADHD by the GP', 'adhd', 'suspected'],
    ['possible autism', 'autism', 'suspected'],
    ['possibly ADHD', 'adhd', 'suspected'],
    ['probable ASD', 'autism', 'suspected'],
    ['likely ADHD', 'adhd', 'suspected'],
    ['signs of autism', 'autism', 'suspected'],
    ['ADHD traits', 'adhd', 'suspected'],
    ['indicative of ASD', 'autism', 'suspected'],
    ['it looks a lot like ADHD', 'adhd', 'suspected'],
    ['looks like autism to me', 'autism', 'suspected'],
    ['seems to be ADHD', 'adhd', 'suspected'],
    ['seems like autism', 'autism', 'suspected'],
    ['wondering if it is ADHD', 'adhd', 'suspected'],
    ['concerned she is autistic', 'autism', 'suspected'],
    ['concerned he has ADHD', 'adhd', 'suspected'],
    // diagnosed
    ['diagnosed ASD', 'autism', 'diagnosed'],
    ['she has a formal diagnosis of autism', 'autism', 'diagnosed'],
    ['she has a diagnosis of autism', 'autism', 'diagnosed'],
    ['he has an ADHD diagnosis', 'adhd', 'diagnosed'],
    ['has formal ASD diagnosis', 'autism', 'diagnosed'],
    ['has diagnosis of ASD', 'autism', 'diagnosed'],
    ['has a confirmed ADHD diagnosis', 'adhd', 'diagnosed'],
    ['got an official autism diagnosis last year', 'autism', 'diagnosed'],
    ['with a diagnosis of attention deficit disorder', 'adhd', 'diagnosed'],
    ['ADHD confirmed by the paediatrician', 'adhd', 'diagnosed'],
    ['ADHD (formal diagnosis)', 'adhd', 'diagnosed'],
    ['dx ADHD', 'adhd', 'diagnosed'],
    ['he has ADHD', 'adhd', 'diagnosed'],
    ['her autism makes school hard', 'autism', 'diagnosed'],
    ['his ASD', 'autism', 'diagnosed'],
    ['their ASC', 'autism', 'diagnosed'],
    ['has got ADHD', 'adhd', 'diagnosed'],
    ['a boy with autism', 'autism', 'diagnosed'],
    ['has ADD', 'adhd', 'diagnosed'],
  ])('"%s": %s is %s', (text, condition, status) => {
    expect(findDiagnoses(text, [])).toEqual({ [condition]: status });
  });

  it.each([
    ['hyperactive and diagnosed', 'adhd'],
    ['hyperactivity, diagnosed', 'adhd'],
    ['autistic, diagnosed', 'autism'],
    ['Asperger\'s, diagnosed', 'autism'],
    ['Aspergers, diagnosed', 'autism'],
    ['asperger, diagnosed', 'autism'],
    ['she is on the spectrum, diagnosed', 'autism'],
    ['spectrum, diagnosed', 'autism'],
    ['ADD, diagnosed', 'adhd'],
    ['attention deficit, diagnosed', 'adhd'],
  ])('"%s" names %s', (text, condition) => {
    expect(findDiagnoses(text, [])).toEqual({ [condition]: 'diagnosed' });
  });

  it('gives the status to both conditions when both are named', () => {
    expect(findDiagnoses('diagnosed with ADHD and autism', [])).toEqual({ adhd: 'diagnosed', autism: 'diagnosed' });
  });

  it('reads a named condition before the case\'s conditions', () => {
    expect(findDiagnoses('suspected ADHD', ['autism'])).toEqual({ adhd: 'suspected' });
  });

  it.each([
    ['"addition" is not ADD', 'diagnosed, needs help with addition'],
    ['"fiasco" is not ASC', 'diagnosed after the fiasco at school'],
    ['"adhd" inside another word', 'madhdx, diagnosed'],
  ])('takes no condition from parts of words (%s)', (_, text) => {
    expect(findDiagnoses(text, [])).toStrictEqual({});
  });
});

describe('a status with no condition named', () => {
  it.each([
    ['she is waiting for an assessment', 'awaiting-assessment'],
    ['diagnosed last year', 'diagnosed'],
    ['we think it might be', 'suspected'],
  ])('"%s" applies to the case\'s conditions: %s', (text, status) => {
    expect(findDiagnoses(text, ['adhd', 'sleep', 'autism'])).toEqual({ adhd: status, autism: status });
  });

  it('"no diagnosis" with no condition in view rules out both', () => {
    expect(findDiagnoses('no diagnosis', [])).toEqual({ adhd: 'none', autism: 'none' });
    expect(findDiagnoses('no diagnosis', ['sleep'])).toEqual({ adhd: 'none', autism: 'none' });
  });

  it('any other status with no condition in view says nothing', () => {
    expect(findDiagnoses('waiting for an assessment', [])).toStrictEqual({});
    expect(findDiagnoses('diagnosed last year', ['sleep'])).toStrictEqual({});
  });

  it('a message about something else says nothing', () => {
    expect(findDiagnoses('he is 7 and lives in Rushcliffe', ['adhd'])).toStrictEqual({});
    expect(findDiagnoses('he has a lot of friends', ['adhd'])).toStrictEqual({});
  });
});

describe('a bare answer to "Is there a diagnosis?"', () => {
  it.each([
    ['waiting', 'awaiting-assessment'],
    ['on the list', 'awaiting-assessment'],
    ['on the waiting list', 'awaiting-assessment'],
    ['awaiting', 'awaiting-assessment'],
    ['being assessed', 'awaiting-assessment'],
    ['no', 'none'],
    ['nope', 'none'],
    ['none', 'none'],
    ['not yet', 'none'],
    ['not diagnosed', 'none'],
    ['suspected', 'suspected'],
    ['maybe', 'suspected'],
    ['possibly', 'suspected'],
    ['probably', 'suspected'],
    ['not sure', 'suspected'],
    ['unsure', 'suspected'],
    ['we think so', 'suspected'],
    ['yes', 'diagnosed'],
    ['yep', 'diagnosed'],
    ['yeah', 'diagnosed'],
    ['  yes', 'diagnosed'],
    ['diagnosed', 'diagnosed'],
    ['confirmed', 'diagnosed'],
    ['she is', 'diagnosed'],
    ['he is', 'diagnosed'],
    ['they are', 'diagnosed'],
    ['she has', 'diagnosed'],
    ['he has', 'diagnosed'],
  ])('"%s" is %s for the case\'s condition', (text, status) => {
    expect(findDiagnoses(text, ['autism'], 'diagnosis')).toEqual({ autism: status });
  });

  it.each(['yes', 'no', 'maybe', 'waiting'])('"%s" is no answer when the question was about something else', text => {
    expect(findDiagnoses(text, ['autism'], 'age')).toStrictEqual({});
    expect(findDiagnoses(text, ['autism'])).toStrictEqual({});
  });

  it.each([
    ['knows the way', 'a word that only starts like "no"'],
    ['yesterday was bad', 'a word that only starts like "yes"'],
    ['the waiting room', '"waiting" not at the start'],
    ['I said yes', '"yes" not at the start'],
    ['dunno', 'a word that only ends like "no"'],
  ])('"%s" is no answer (%s)', text => {
    expect(findDiagnoses(text, ['autism'], 'diagnosis')).toStrictEqual({});
  });

  it('"unconfirmed" is not a diagnosis', () => {
    expect(findDiagnoses('unconfirmed', ['autism'], 'diagnosis')).not.toEqual({ autism: 'diagnosed' });
  });

  it.each([
    ['unsure, no idea', 'suspected'],
    ['yes, not sure when it was done', 'diagnosed'],
  ])('"%s" is read by how it starts: %s', (text, status) => {
    expect(findDiagnoses(text, ['autism'], 'diagnosis')).toEqual({ autism: status });
  });

  it('the name of a condition, given in answer, is that diagnosis', () => {
    expect(findDiagnoses('ADHD', [], 'diagnosis')).toEqual({ adhd: 'diagnosed' });
    expect(findDiagnoses('ADHD', [])).toStrictEqual({});
  });
});
