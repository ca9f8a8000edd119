import * as groups from './groups';
import * as preparedMessages from './preparedMessages';

/** The node's searchable pickers (resource locators), one file per resource. */
export const listSearch = { ...groups.listSearch, ...preparedMessages.listSearch };
