import * as dataTables from './dataTables';
import * as lists from './lists';
import * as messages from './messages';
import * as suppressionLists from './suppressionLists';

/** The node's searchable pickers (resource locators), one file per resource. */
export const listSearch = { ...dataTables.listSearch, ...lists.listSearch, ...messages.listSearch, ...suppressionLists.listSearch };
