import type { IDataObject } from 'n8n-workflow';

/**
 * The fields of a Bird channel ("Channels management": `{id, platformId, name, connectorId, identifier, status,
 * …overrides, capabilities}`) that a workflow picks a channel by; the raw channel also has its platform settings.
 */
export function simplifyChannel(channel: IDataObject): IDataObject {
	const simplified: IDataObject = {
		id: channel.id,
		name: channel.name,
		platformId: channel.platformId,
		identifier: channel.identifier,
		status: channel.status,
		connectorId: channel.connectorId,
	};
	for (const key of Object.keys(simplified)) if (simplified[key] === undefined) delete simplified[key];
	return simplified;
}
