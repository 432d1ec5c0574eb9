// Where a child lives decides whose services and front door apply: the gazetteer in the knowledge base
// must place the towns people type in the right district and authority, ask where a name is shared,
// and leave places the guide does not cover unknown. D9's neighbours keep their numbers as printed.
import { describe, expect, it } from 'vitest';
import { buildGazetteer, findArea } from '../../src/understanding/area.js';
import { kb } from '../support/knowledge.js';

const gazetteer = buildGazetteer(kb);
const placed = (text: string) => {
  const { area } = findArea(gazetteer, text);
  return area && { authority: area.authority, district: area.district };
};

describe('geography in the knowledge base', () => {
  it('puts county towns in their districts, however the hyphens are typed', () => {
    expect(placed('family in West Bridgford')).toEqual({ authority: 'nottinghamshire', district: 'rushcliffe' });
    expect(placed('lives in Radcliffe-on-Trent')).toEqual({ authority: 'nottinghamshire', district: 'rushcliffe' });
    expect(placed('sutton in ashfield')).toEqual({ authority: 'nottinghamshire', district: 'ashfield' });
    expect(placed('Hucknall')).toEqual({ authority: 'nottinghamshire', district: 'ashfield' });
    expect(placed('Worksop')).toEqual({ authority: 'nottinghamshire', district: 'bassetlaw' });
    expect(placed('Newark & Sherwood')).toEqual({ authority: 'nottinghamshire', district: 'newark-and-sherwood' });
  });

  it('reads "Nottingham" and City neighbourhoods as Nottingham City, and the county suburbs as the county', () => {
    expect(placed('a school in Nottingham')).toEqual({ authority: 'nottingham-city', district: undefined });
    expect(placed('Bulwell')).toEqual({ authority: 'nottingham-city', district: undefined });
    expect(placed('Mapperley Park')).toEqual({ authority: 'nottingham-city', district: undefined });
    expect(placed('Mapperley')).toEqual({ authority: 'nottinghamshire', district: 'gedling' });
    expect(placed('Carlton')).toEqual({ authority: 'nottinghamshire', district: 'gedling' });
    expect(placed('Alvaston')).toEqual({ authority: 'derby', district: undefined });
  });

  it('asks which authority when a name belongs to two', () => {
    const { area, candidates } = findArea(gazetteer, 'Arboretum');
    expect(area).toBeUndefined();
    expect(candidates.map(c => c.authority).sort()).toEqual(['derby', 'nottingham-city']);
  });

  it('knows neighbouring towns by their D9 authority, and places Leicester and Birmingham outside the guide', () => {
    expect(placed('Long Eaton')?.authority).toBe('derbyshire');
    expect(placed('Gainsborough')?.authority).toBe('lincolnshire');
    expect(placed('Loughborough')?.authority).toBe('leicestershire');
    // Leicester City is not Leicestershire: D9 lists the county only, so the city is outside the guide.
    expect(findArea(gazetteer, 'she lives in Leicester').area?.authority).toBe('elsewhere-in-england');
    expect(findArea(gazetteer, 'I teach in Birmingham').area?.authority).toBe('elsewhere-in-england');
    expect(findArea(gazetteer, 'we live in Kettering').area).toMatchObject({ unknown: true });
  });

  it('maps every county district but Bassetlaw to a CCG area Small Steps serves', () => {
    const served = kb.service('small-steps-service')?.areas.served ?? [];
    for (const district of kb.districts.filter(d => d.authority === 'nottinghamshire')) {
      expect(served.includes(district.healthArea ?? ''), district.id).toBe(district.id !== 'bassetlaw');
    }
  });

  it('gives each D9 neighbour its safeguarding number as printed and an early help page', () => {
    const printed = { derbyshire: '01629 533190', lincolnshire: '01522 782111', leicestershire: '0116 305 0005', doncaster: '01302 737 777', rotherham: '01709 336080', 'north-lincolnshire': '01724 296500' };
    for (const [id, number] of Object.entries(printed)) {
      const authority = kb.authority(id);
      expect(authority?.kind).toBe('neighbour');
      expect(kb.contact(authority?.frontDoor ?? '')?.phones.map(p => p.number)).toEqual([number]);
      expect(kb.contact(authority?.earlyHelp ?? '')?.web.length, id).toBe(1);
    }
  });
});
