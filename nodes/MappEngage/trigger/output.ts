import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { MappResponseEvent } from './responses';

/**
 * Simplify: one flat object, `queueId`, `eventType` (the type asked for) and every output name/value pair as a field
 * under Mapp's name (response_type, date_time, user_email, sendout_id, …); a name given twice keeps its values as a list.
 */
function simplified(event: MappResponseEvent): IDataObject {
	const fields: IDataObject = { queueId: event.id, eventType: event.type };
	for (const { name, value } of event.outputs) {
		if (name === 'queueId' || name === 'eventType') continue;
		const before = fields[name];
		fields[name] = before === undefined ? (value as IDataObject[string]) : ([] as unknown[]).concat(before, value) as IDataObject[string];
	}
	return fields;
}

/** One item per event, oldest first by the event's own time (`date_time`): simplified, or as Mapp gives it. */
export function eventItems(events: MappResponseEvent[], simplify: boolean): INodeExecutionData[] {
	const ordered = [...events].sort((a, b) => (a.occurredAt ?? a.time) - (b.occurredAt ?? b.time));
	return ordered.map((event) => ({ json: simplify ? simplified(event) : event.record }));
}
