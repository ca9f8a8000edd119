import type { ILoadOptionsFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { pathSegment } from '../../shared/pathSegment';
import { pagedSearch } from './pagedSearch';

/** The channel the Message picker lists: the operation's Channel, as the editor holds it (an ID, not an expression). */
function channelPath(context: ILoadOptionsFunctions): string {
	const raw = context.getCurrentNodeParameter('channel', { extractValue: true }) as unknown;
	const channel = typeof raw === 'string' ? raw.trim() : '';
	if (channel === '' || channel.startsWith('=')) {
		throw new NodeOperationError(context.getNode(), 'Pick a Channel first to list its messages', {
			description: 'Bird lists messages per channel. Choose the channel, or enter the Message ID with By ID.',
		});
	}
	return `/channels/${pathSegment(context, 0, 'Channel', channel)}/messages`;
}

/**
 * The messages of the chosen channel for a Message picker ("List messages" of a channel, newest first as Bird
 * answers), as `<receiver or sender> · <content> · <status> · <time>`, filtered by the search text.
 */
export const searchMessages = pagedSearch({
	operation: 'List Messages',
	path: channelPath,
	entry: (message) => {
		const contacts = ((message.receiver as { contacts?: Array<{ identifierValue?: string }> } | undefined)?.contacts ?? []).map((contact) => contact.identifierValue);
		const content = (message.body as { type?: string } | undefined)?.type ?? (message.template ? 'template' : 'message');
		const parts = [contacts.filter(Boolean).join(', ') || String(message.direction ?? ''), content, String(message.status ?? ''), String(message.createdAt ?? '')];
		return { name: parts.filter((part) => part !== '').join(' · '), value: String(message.id) };
	},
});

export const listSearch = { searchMessages };
