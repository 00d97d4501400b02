import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { brandColourProblem, contrastRatio, normaliseBrandColour } from './council-settings.ts';

describe('contrastRatio', () => {
  it('gives 21 to 1 for black on white and 1 to 1 for a colour on itself', () => {
    assert.equal(contrastRatio('#000000', '#ffffff'), 21);
    assert.equal(contrastRatio('#2d5f4e', '#2d5f4e'), 1);
  });

  it('matches WCAG’s published figure for GOV.UK blue on white', () => {
    assert.equal(contrastRatio('#1d70b8', '#FFFFFF').toFixed(2), '5.17');
  });

  it('does not depend on the order of the colours', () => {
    assert.equal(contrastRatio('#ffffff', '#767676'), contrastRatio('#767676', '#ffffff'));
  });
});

describe('brandColourProblem', () => {
  it('accepts a colour white text can sit on', () => {
    assert.equal(brandColourProblem('#1d70b8'), null);
    // #767676 is the lightest grey that passes 4.5:1 on white.
    assert.equal(brandColourProblem('#767676'), null);
  });

  it('refuses a colour too light for white text, with the ratio it has', () => {
    assert.equal(
      brandColourProblem('#777777'),
      'Choose a darker brand colour: white text on #777777 has a contrast ratio of 4.48 to 1, and needs at least 4.5 to 1',
    );
    assert.match(brandColourProblem('#ffdd00') ?? '', /contrast ratio of 1\.\d\d to 1/);
  });

  it('refuses anything that is not #rrggbb', () => {
    for (const colour of ['#fff', 'blue', '#1d70b', '#1d70bg', '']) {
      assert.equal(brandColourProblem(colour), 'Enter the brand colour as a # and six hexadecimal digits, like #1d70b8', colour);
    }
  });
});

describe('normaliseBrandColour', () => {
  it('adds the # and lowers the case', () => {
    assert.equal(normaliseBrandColour(' 1D70B8 '), '#1d70b8');
    assert.equal(normaliseBrandColour('#2D5F4E'), '#2d5f4e');
  });
});
