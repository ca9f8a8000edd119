/** The Channels resource: `GET /channels` (by platform) and `GET /channels/{channelId}`. */
import { jsonResponse, type SandboxRequest, type SandboxResponse } from '../../framework';
import { birdError, type Json } from './answers';
import { BIRD_CHANNELS, type BirdChannel } from './fixtures';
import { page } from './paging';

export function findChannel(channelId: string): BirdChannel | undefined {
	return Object.values(BIRD_CHANNELS).find((candidate) => candidate.id === channelId);
}

export function channelNotFound(): SandboxResponse {
	return birdError(404, 'NotFound', 'Channel not found');
}

export function listChannels(request: SandboxRequest): SandboxResponse {
	const platform = request.query.get('platform');
	const list = Object.values(BIRD_CHANNELS).filter((channel) => !platform || channel.platformId === platform);
	return page(request, list as unknown as Json[], 'channels');
}

export function getChannel(channelId: string): SandboxResponse {
	const channel = findChannel(channelId);
	return channel ? jsonResponse(200, channel) : channelNotFound();
}
