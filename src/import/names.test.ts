import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanName, looksLikeName, splitNames, trimToName } from './names.ts';

describe('cleanName', () => {
  const cases: [string, string | null][] = [
    ['Councillor Gareth Ames', 'Gareth Ames'],
    ['Cllr J Baker', 'J Baker'],
    ['CIIr Symonds Jones', 'Symonds Jones'],
    ['ClIr Ann Marsh', 'Ann Marsh'],
    ['Mr Sam Pratt - Education Co-optee', 'Sam Pratt'],
    ['Mrs K Dunn (Clerk)', 'K Dunn'],
    ['Dr Priya Shah, Director of Public Health', 'Priya Shah'],
    ['Councillor Priya Hollis (Chairperson)', 'Priya Hollis'],
    ['Andrew Teague – Standing in for Sam Pratt', 'Andrew Teague'],
    ['District Cllr P Grant', 'P Grant'],
    ["Councillor Helen l'Estrange", "Helen l'Estrange"],
    ['Councillor MD Lloyd-Hayes', 'MD Lloyd-Hayes'],
    ["Kathy O'Mahony", "Kathy O'Mahony"],
    ['Democratic services manager', null],
    ['Director of Healthwatch', null],
    ['Communications Team', null],
    ['APOLOGIES FOR ABSENCE', null],
    ['QA', null],
    ['3 members of the public', null],
  ];
  for (const [raw, expected] of cases) {
    it(`reads "${raw}" as ${expected}`, () => assert.equal(cleanName(raw), expected));
  }

  it('accepts a lone surname only when asked', () => {
    assert.equal(cleanName('James'), null);
    assert.equal(cleanName('James', { allowSingle: true }), 'James');
  });
});

describe('splitNames', () => {
  it('splits at commas and "and", dropping roles', () => {
    assert.deepEqual(
      splitNames('Councillor Gareth Ames, Mr Sam Pratt - Education Co-optee, Mr Andy Jessop - Education Co-Optee and Jane Elton, Director of Healthwatch'),
      ['Gareth Ames', 'Sam Pratt', 'Andy Jessop', 'Jane Elton'],
    );
  });

  it('keeps surnames listed after a plural title', () => {
    assert.deepEqual(splitNames('Councillors Hill and Moss'), ['Hill', 'Moss']);
  });

  it('cuts an organisation off the end of a name', () => {
    assert.deepEqual(splitNames('Jane Elton Healthwatch'), ['Jane Elton']);
  });

  it('ignores people who are not named', () => {
    assert.deepEqual(splitNames('K King (Director of Place), L Lopez and the Head of Finance'), ['K King', 'L Lopez']);
  });
});

describe('trimToName', () => {
  it('keeps the name before a body or role', () => {
    assert.equal(trimToName('Sam Pratt Ludlow Diocese'), 'Sam Pratt');
    assert.equal(trimToName('Andy Jessop Parent Governor Representative for Special Schools'), 'Andy Jessop');
  });
});

describe('looksLikeName', () => {
  it('wants capitalised words with a real surname', () => {
    assert.ok(looksLikeName('JG Jarvis'));
    assert.ok(!looksLikeName('JG'));
    assert.ok(!looksLikeName('the report'));
  });
});

describe('splitNames with names in brackets', () => {
  it('reads the person named after a post', () => {
    assert.deepEqual(splitNames('the Clerk (Mrs K Dunn) and 2 members of the public'), ['K Dunn']);
  });

  it('strips American titles', () => {
    assert.equal(cleanName('Councilmember Rosa Ortiz'), 'Rosa Ortiz');
    assert.equal(cleanName('Commissioner Lee Park'), 'Lee Park');
  });
});
