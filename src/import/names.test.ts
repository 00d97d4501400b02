import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanName, looksLikeName, splitNames, trimToName } from './names.ts';

describe('cleanName', () => {
  const cases: [string, string | null][] = [
    ['Councillor Graham Andrews', 'Graham Andrews'],
    ['Cllr J Baker', 'J Baker'],
    ['CIIr Symonds Jones', 'Symonds Jones'],
    ['ClIr Ann Marsh', 'Ann Marsh'],
    ['Mr Sam Pratley - Education Co-optee', 'Sam Pratley'],
    ['Mrs K Dunn (Clerk)', 'K Dunn'],
    ['Dr Priya Shah, Director of Public Health', 'Priya Shah'],
    ['Councillor Phillip Howells (Chairperson)', 'Phillip Howells'],
    ['Andrew Teale – Standing in for Sam Pratley', 'Andrew Teale'],
    ['District Cllr P Grant', 'P Grant'],
    ["Councillor Helen l'Anson", "Helen l'Anson"],
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
      splitNames('Councillor Graham Andrews, Mr Sam Pratley - Education Co-optee, Mr Andy James - Education Co-Optee and Jane Ellis, Director of Healthwatch'),
      ['Graham Andrews', 'Sam Pratley', 'Andy James', 'Jane Ellis'],
    );
  });

  it('keeps surnames listed after a plural title', () => {
    assert.deepEqual(splitNames('Councillors Hill and Moss'), ['Hill', 'Moss']);
  });

  it('cuts an organisation off the end of a name', () => {
    assert.deepEqual(splitNames('Jane Ellis Healthwatch'), ['Jane Ellis']);
  });

  it('ignores people who are not named', () => {
    assert.deepEqual(splitNames('K King (Director of Place), L Lopez and the Head of Finance'), ['K King', 'L Lopez']);
  });
});

describe('trimToName', () => {
  it('keeps the name before a body or role', () => {
    assert.equal(trimToName('Sam Pratley Hereford Diocese'), 'Sam Pratley');
    assert.equal(trimToName('Andy James Parent Governor Representative for Special Schools'), 'Andy James');
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
