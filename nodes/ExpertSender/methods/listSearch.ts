import * as lists from './lists';

/** The node's searchable pickers (resource locators), one file per resource. */
export const listSearch = { ...lists.listSearch };
