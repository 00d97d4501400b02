import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readHtml } from './html.ts';

const texts = async (html: string) => (await readHtml(html)).lines.filter((l) => l.text).map((l) => (l.cells ? l.cells : l.text));

describe('readHtml', () => {
  it('reads headings, paragraphs and list items with their source lines', async () => {
    const { lines } = await readHtml('<html><body>\n<h2>Items</h2>\n<p>Apologies &amp; substitutes</p>\n<ul><li>One</li></ul>\n</body></html>');
    assert.deepEqual(lines.filter((l) => l.text).map((l) => [l.line, l.text, l.heading ?? null]), [
      [2, 'Items', 2],
      [3, 'Apologies & substitutes', null],
      [4, '- One', null],
    ]);
  });

  it('skips scripts, styles and navigation', async () => {
    assert.deepEqual(await texts('<body><nav>Home</nav><script>x()</script><style>p{}</style><p>Kept</p></body>'), ['Kept']);
  });

  it('reads a data table as rows of cells', async () => {
    const rows = await texts('<table><tr><th>Action</th><th>Owner</th><th>Due</th></tr><tr><td>Report back</td><td><p>Head of Audit</p><p>(interim)</p></td><td>30/09/25</td></tr></table>');
    assert.deepEqual(rows, [['Action', 'Owner', 'Due'], ['Report back', 'Head of Audit\n(interim)', '30/09/25']]);
  });

  it('reads a two-column layout table as running text', async () => {
    const long = '<p>One.</p><p>Two.</p><p>Three.</p>';
    const rows = await texts(`<table><tr><td><p>14.</p></td><td><p>Apologies</p>${long}</td></tr></table>`);
    assert.deepEqual(rows, ['14.', 'Apologies', 'One.', 'Two.', 'Three.']);
  });

  it('puts the page title first', async () => {
    assert.deepEqual(await texts('<html><head><title>Minutes - Kestrel Borough Council</title></head><body><p>Body</p></body></html>'), ['Minutes - Kestrel Borough Council', 'Body']);
  });
});
