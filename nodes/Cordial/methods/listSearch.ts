import * as accountLists from './accountLists';
import * as automationTemplates from './automationTemplates';
import * as batchMessages from './batchMessages';
import * as channels from './channels';
import * as contactAttributes from './contactAttributes';
import * as orders from './orders';
import * as products from './products';
import * as supplements from './supplements';

/** The node's searchable pickers (resource locators), one file per resource. */
export const listSearch = {
	...accountLists.listSearch,
	...automationTemplates.listSearch,
	...batchMessages.listSearch,
	...channels.listSearch,
	...contactAttributes.listSearch,
	...orders.listSearch,
	...products.listSearch,
	...supplements.listSearch,
};
