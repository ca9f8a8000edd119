import type { IDataObject } from 'n8n-workflow';

/** The fields of a Bird `Message` that most workflows use; the raw message has many more. */
export function simplifyMessage(message: IDataObject): IDataObject {
	const contacts = ((message.receiver as IDataObject | undefined)?.contacts ?? []) as IDataObject[];
	const body = message.body as IDataObject | undefined;
	const simplified: IDataObject = {
		id: message.id,
		channelId: message.channelId,
		status: message.status,
		direction: message.direction,
		receivers: contacts.map((contact) => contact.identifierValue ?? contact.id),
		content: body ? body.type : message.template ? 'template' : undefined,
		reference: message.reference,
		reason: message.reason,
		scheduledFor: message.scheduledFor,
		createdAt: message.createdAt,
		lastStatusAt: message.lastStatusAt,
	};
	for (const key of Object.keys(simplified)) if (simplified[key] === undefined) delete simplified[key];
	return simplified;
}
