/**
 * The script of a section page, beside the one every page has (site.ts): the reading options, and the
 * listeners of the paragraph tools, glossary terms and passage links. Everything they do beyond that
 * loads on first use (import() in each module).
 */
import './reading-options';
import './paragraph-tools';
import './glossary-terms';
import './passage-selection';

// Only a page opened from a search result (?hl=…) needs the highlighter.
if (new URLSearchParams(window.location.search).has('hl')) void import('./search-highlight');
