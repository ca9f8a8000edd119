import { pagedSearch } from './pagedSearch';

/**
 * The workspace's conversations for the Conversation picker ("List conversations"), filtered by name, status or ID.
 * A conversation that is not active says so in its name.
 */
export const searchConversations = pagedSearch({
	operation: 'List Conversations',
	path: '/conversations',
	entry: (conversation) => {
		const name = String(conversation.name || conversation.id);
		const status = conversation.status && conversation.status !== 'active' ? ` (${String(conversation.status)})` : '';
		return { name: `${name}${status}`, value: String(conversation.id) };
	},
});

export const listSearch = { searchConversations };
