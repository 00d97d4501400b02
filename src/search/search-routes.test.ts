import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp, getPage, textOf } from '../../test/build-test-app.ts';
import { insertAgendaItem, insertMeeting } from '../../test/factories.ts';
import { openTestDatabase, type TestDatabaseHandle } from '../../test/support/database.ts';
import { exemptMarker, plantSearchCouncil } from './search-fixtures.ts';

describe('search page', () => {
  let database: TestDatabaseHandle;
  let app: FastifyInstance;
  before(async () => {
    database = await openTestDatabase('pglite');
    const { highways } = await plantSearchCouncil(database.db);
    const meeting = await insertMeeting(database.db, highways.id, '2024-11-05', { status: 'minutes-approved' });
    await insertAgendaItem(database.db, meeting.id, 1, { title: 'Verge cutting', minutes: 'A member said <img src=x onerror=alert(1)> flamingo verges.' });
    for (let n = 2; n <= 26; n++) await insertAgendaItem(database.db, meeting.id, n, { title: `Pelican crossing ${n}` });
    app = await buildTestApp(database);
  });
  after(async () => {
    await app.close();
    await database.close();
  });

  it('offers a search box, how to search, and marks Search as the current section', async () => {
    const { $ } = await getPage(app, '/search');
    assert.equal($('form[action="/search"] input[name="q"]').attr('type'), 'search');
    assert.equal($('label[for="q"]').length, 1);
    assert.match(textOf($, 'main'), /put a phrase in quotes/);
    assert.equal($('.govuk-service-navigation a[aria-current="page"]').text().trim(), 'Search');
  });

  it('lists results with links to the exact place, kinds, highlighted words and per-filter counts', async () => {
    const { $ } = await getPage(app, '/search?q=drainage');
    assert.equal(textOf($, '#result-count'), '9 results');
    const results = $('.gavel-search-results > li');
    assert.equal(results.length, 9);
    assert.equal(results.first().find('h3 a').attr('href'), '/committees/highways/meetings/2026-03-02#minute-item-5');
    assert.equal(results.first().find('strong').first().text(), 'Decision');
    assert.equal(results.find('mark').first().text().toLowerCase(), 'drainage');
    const hrefs = results.find('h3 a').map((_, a) => $(a).attr('href')).get();
    assert.ok(hrefs.some((h) => /^\/documents\/\d+#L3$/.test(h)), 'a document line');
    assert.ok(hrefs.includes('/committees/highways/meetings/2025-06-10/transcript#t754'), 'a transcript time');
    const kinds = $('input[name="kind"]').map((_, i) => $(i).closest('.govuk-checkboxes__item').text().replace(/\s+/g, ' ').trim()).get();
    assert.deepEqual(kinds, ['Decisions (2)', 'Recommendations (1)', 'Agenda items and minutes (2)', 'Documents (1)', 'Actions (1)', 'Forward plan entries (1)', 'Transcripts (1)']);
  });

  it('narrows to a kind, keeping the box ticked and the other kinds counted', async () => {
    const { $ } = await getPage(app, '/search?q=drainage&kind=resolution');
    assert.equal(textOf($, '#result-count'), '2 results');
    assert.equal($('input[name="kind"][value="resolution"]').is(':checked'), true);
    assert.equal($('input[name="kind"]').length, 7);
    assert.equal($('a:contains("Clear filters")').attr('href'), '/search?q=drainage');
  });

  it('shows nothing at all of exempt material: no results and no counts', async () => {
    const { $ } = await getPage(app, `/search?q=${exemptMarker}`);
    assert.equal(textOf($, '#result-count'), '0 results');
    assert.equal($('.gavel-search-results li').length, 0);
    assert.equal($('input[name="kind"], input[name="committee"]').length, 0);
    assert.match(textOf($, 'main'), /Improve your search results by/);
    const drainage = await getPage(app, '/search?q=drainage+or+land+or+disposal&kind=resolution&kind=recommendation&kind=action&kind=document&kind=agenda-item&kind=forward-plan&kind=transcript');
    assert.ok(!drainage.response.body.includes(exemptMarker));
  });

  it('escapes what records say, marking only the words found', async () => {
    const { $ } = await getPage(app, '/search?q=flamingo');
    assert.equal($('.gavel-search-results img').length, 0);
    assert.match(textOf($, '.gavel-search-results'), /<img src=x onerror=alert\(1\)> flamingo/);
    assert.equal($('.gavel-search-results mark').text(), 'flamingo');
  });

  it('pages through many results with the GOV.UK pagination', async () => {
    const first = await getPage(app, '/search?q=pelican');
    assert.equal(textOf(first.$, '#result-count'), 'Showing 1 to 20 of 25 results');
    assert.equal(first.$('.govuk-pagination__next a').attr('href'), '/search?q=pelican&page=2');
    const second = await getPage(app, '/search?q=pelican&page=2');
    assert.equal(second.$('.gavel-search-results > li').length, 5);
    assert.equal(second.$('.gavel-search-results').attr('start'), '21');
    assert.equal(second.$('.govuk-pagination__item--current').text().trim(), '2');
  });

  it('suggests a name when it was misspelt and lists the person above the results', async () => {
    const { $ } = await getPage(app, '/search?q=woodwart');
    assert.equal(textOf($, 'main p.govuk-body-l'), 'Did you mean Hannah Woodward?');
    assert.equal($('main p.govuk-body-l a').attr('href'), '/search?q=Hannah+Woodward');
    assert.equal($('a[href="/people/hannah-woodward"]').text(), 'Hannah Woodward');
  });

  it('explains a wrong date in an error summary linked to the field, with a 400', async () => {
    const { $ } = await getPage(app, '/search?q=drainage&from-day=31&from-month=2&from-year=2025', 400);
    assert.equal(textOf($, '.govuk-error-summary__list a'), 'Enter a real date for the start date');
    assert.equal($('.govuk-error-summary__list a').attr('href'), '#from-day');
    assert.equal($('#from-day').length, 1);
    assert.match($('title').text(), /^Error: /);
  });

  it('is reached from the home page search box', async () => {
    const { $ } = await getPage(app, '/');
    const form = $('form[action="/search"]');
    assert.equal(form.attr('method'), 'get');
    assert.equal(form.find('input[name="q"]').attr('id'), $('label[for="home-search"]').attr('for'));
  });
});
