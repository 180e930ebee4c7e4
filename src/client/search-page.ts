/** The script of the search page, beside the one every page has (site.ts). */
import './search';
