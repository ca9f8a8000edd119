/**
 * The Channels resource, from docs.bird.com "Channels management": `GET /channels` ("Retrieve list of channels":
 * filters `platform`, one platform name or several, each of the `Id` pattern, and `status`, the `Status` schema;
 * `limit`, `pageToken`, `reverse`) and `GET /channels/{channelId}`. A filter value outside its schema is answered as
 * the page's "The request did not pass validation".
 */
import { jsonResponse, type SandboxRequest, type SandboxResponse } from '../../framework';
import { birdError, type Details, type Json } from './answers';
import { BIRD_CHANNELS, CHANNEL_STATUSES, PLATFORM_ID, type BirdChannel } from './fixtures';
import { page } from './paging';

/** A path parameter as sent (percent-encoded), decoded; a broken escape stays as it is and so matches nothing. */
export function decodedParam(value: string): string {
	try {
		return decodeURIComponent(value);
	} catch {
		return value;
	}
}

export function findChannel(channelId: string): BirdChannel | undefined {
	const id = decodedParam(channelId);
	return Object.values(BIRD_CHANNELS).find((candidate) => candidate.id === id);
}

export function channelNotFound(): SandboxResponse {
	return birdError(404, 'NotFound', 'Channel not found');
}

/**
 * A query that does not fit the documented parameters. Bird documents the answer only as "The request did not pass
 * validation"; the emulator gives it the 422 shape of Bird's other validation errors, naming the parameter.
 */
export function invalidQuery(details: Details): SandboxResponse {
	return birdError(422, 'InvalidRequest', 'The request did not pass validation', details);
}

function queryDetails(request: SandboxRequest): Details {
	const details: Details = {};
	const badPlatform = request.query.getAll('platform').find((platform) => !PLATFORM_ID.test(platform));
	if (badPlatform !== undefined) details.platform = [`'${badPlatform}' does not match ${PLATFORM_ID.source}`];
	const statuses = request.query.getAll('status');
	if (statuses.length > 1) details.status = ['Only one status may be given'];
	else if (statuses.length === 1 && !CHANNEL_STATUSES.has(statuses[0])) details.status = [`'${statuses[0]}' is not one of ${[...CHANNEL_STATUSES].join(', ')}`];
	return details;
}

export function listChannels(request: SandboxRequest): SandboxResponse {
	const details = queryDetails(request);
	if (Object.keys(details).length > 0) return invalidQuery(details);
	const platforms = request.query.getAll('platform');
	const status = request.query.get('status');
	const list = Object.values(BIRD_CHANNELS).filter(
		(channel) => (platforms.length === 0 || platforms.includes(channel.platformId)) && (status === null || channel.status === status),
	);
	return page(request, list as unknown as Json[], 'channels');
}

export function getChannel(channelId: string): SandboxResponse {
	const channel = findChannel(channelId);
	return channel ? jsonResponse(200, channel) : channelNotFound();
}
