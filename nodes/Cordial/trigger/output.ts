import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { CordialEvent } from './activities';

/** The fields users map most, under plain names; the time in ISO 8601 UTC. */
function simplified(event: CordialEvent): IDataObject {
	const { record } = event;
	return {
		id: event.id,
		action: record.action ?? null,
		time: new Date(event.time).toISOString(),
		email: record.email ?? null,
		contactId: record.cID ?? null,
		messageContactId: record.mcID ?? null,
		batchMessageId: record.bmID ?? null,
		templateId: record.mdtID ?? null,
		properties: record.properties ?? {},
	};
}

/** One item per event, oldest first: the event as Cordial gives it, or simplified. */
export function eventItems(events: CordialEvent[], simplify: boolean): INodeExecutionData[] {
	return events.map((event) => ({ json: simplify ? simplified(event) : event.record }));
}
