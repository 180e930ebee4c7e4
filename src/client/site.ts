/** What every page runs: the / shortcut to search, and switching edition without losing one's place. */
import './search-shortcut';
import './keep-paragraph';
