import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

type Json = IDataObject;

function field(value: unknown, key: string): unknown {
	return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json)[key] : undefined;
}

/** The identifier (phone number, e-mail address, …) of a sender or receiver: its contact, else its connector. */
function party(side: unknown): Json[string] {
	const contacts = field(side, 'contacts');
	const contact = field(side, 'contact') ?? (Array.isArray(contacts) ? contacts[0] : undefined);
	return (field(contact, 'identifierValue') ?? field(field(side, 'connector'), 'identifierValue') ?? null) as Json[string];
}

/**
 * The fields users map most, flat (see SIMPLIFIED_FIELDS): for a message (inbound or outbound) its ID, channel,
 * status, direction, the sender's and receiver's identifiers and the text; for an interaction its type and the
 * message it belongs to. Absent fields are null, so that every item has the same keys.
 */
export function simplifyEvent(event: Json): Json {
	const payload = (event.payload ?? {}) as Json;
	const name = typeof event.event === 'string' ? event.event : '';
	const interaction = name.endsWith('.interaction');
	return {
		event: name || null,
		platform: name.split('.')[0] || null,
		messageId: (interaction ? payload.messageId : payload.id) ?? null,
		channelId: payload.channelId ?? null,
		status: interaction ? null : (payload.status ?? null),
		direction: payload.direction ?? null,
		from: party(payload.sender),
		to: party(payload.receiver),
		text: (field(field(payload.body, 'text'), 'text') ?? null) as Json[string],
		interactionType: interaction ? (payload.type ?? null) : null,
		reference: payload.reference ?? null,
		reason: payload.reason ?? null,
		createdAt: payload.createdAt ?? null,
		updatedAt: payload.updatedAt ?? null,
	};
}

/** One item per event: the event as Bird sends it, or simplified. */
export function eventItem(event: Json, simplify: boolean): INodeExecutionData {
	return { json: simplify ? simplifyEvent(event) : event };
}
