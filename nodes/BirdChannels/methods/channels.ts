import { pagedSearch } from './pagedSearch';

/**
 * The workspace's channels for every Channel picker (operations and trigger), filtered by name, platform or ID. Only
 * active channels are offered ("In order to send a message you must have an active channel", docs.bird.com
 * Messaging; the `status` filter of "Retrieve list of channels"), except under the Channel resource, whose Get shows
 * every channel and marks those that are not active.
 */
export const searchChannels = pagedSearch({
	operation: 'List Channels',
	path: '/channels',
	qs: (context) => (context.getCurrentNodeParameter('resource') === 'channel' ? {} : { status: 'active' }),
	entry: (channel, context) => {
		const name = String(channel.name ?? channel.id);
		const platform = channel.platformId ? ` (${String(channel.platformId)})` : '';
		const everyStatus = context.getCurrentNodeParameter('resource') === 'channel';
		const inactive = everyStatus && channel.status !== 'active' ? ` [${String(channel.status)}]` : '';
		return { name: `${name}${platform}${inactive}`, value: String(channel.id) };
	},
});

export const listSearch = { searchChannels };
