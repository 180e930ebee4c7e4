/** What every page runs: the / shortcut to search, fetching ahead what a search needs, and switching edition without losing one's place. */
import './search-shortcut';
import './keep-paragraph';
import './search-intent';
