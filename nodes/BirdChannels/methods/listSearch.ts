import * as channels from './channels';
import * as contacts from './contacts';
import * as conversations from './conversations';
import * as lists from './lists';
import * as messages from './messages';
import * as templates from './templates';
import * as webhookSubscriptions from './webhookSubscriptions';

/** The node's searchable pickers (resource locators), one file per resource. */
export const listSearch = { ...channels.listSearch, ...contacts.listSearch, ...conversations.listSearch, ...lists.listSearch, ...messages.listSearch, ...templates.listSearch, ...webhookSubscriptions.listSearch };

export { searchChannels } from './channels';
