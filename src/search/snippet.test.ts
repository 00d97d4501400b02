import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasMatch, markedToHtml, snippetStart as S, snippetStop as E, stripMarkers } from './snippet.ts';

describe('markedToHtml', () => {
  it('turns markers into <mark> and escapes everything else', () => {
    assert.equal(markedToHtml(`the ${S}drainage${E} <script>alert("x")</script> & 'more'`), 'the <mark>drainage</mark> &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;more&#39;');
  });

  it('escapes HTML inside a match', () => {
    assert.equal(markedToHtml(`${S}<b>${E}`), '<mark>&lt;b&gt;</mark>');
  });

  it('keeps tags balanced when a record itself contains the marker characters', () => {
    assert.equal(markedToHtml(`a ${E}b ${S}c ${S}d`), 'a b <mark>c d</mark>');
  });

  it('leaves text without markers as escaped text', () => {
    assert.equal(markedToHtml('fish & chips'), 'fish &amp; chips');
  });
});

describe('stripMarkers and hasMatch', () => {
  it('removes the markers, leaving the verbatim text', () => {
    assert.equal(stripMarkers(`x ${S}y${E} z`), 'x y z');
  });
  it('tells a snippet with a match from one without', () => {
    assert.equal(hasMatch(`x ${S}y${E}`), true);
    assert.equal(hasMatch('x y'), false);
  });
});
