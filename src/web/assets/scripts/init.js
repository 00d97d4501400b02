// GOV.UK Frontend's components, started once the page has loaded. A file
// rather than an inline script, so the Content-Security-Policy needs no
// per-request nonce and a page can be cached whole. Every page works
// without it.
import { initAll } from '/assets/govuk/govuk-frontend.min.js';

initAll();
