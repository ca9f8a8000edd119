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

/**
 * The fields of a Bird `ChannelMessageInteraction` ("Message interactions") most workflows use: what happened
 * (`type`), to which message and receiver, the link of a click, and when.
 */
export function simplifyInteraction(interaction: IDataObject): IDataObject {
	const contacts = ((interaction.receiver as IDataObject | undefined)?.contacts ?? []) as IDataObject[];
	const link = ((interaction.metadata as IDataObject | undefined)?.link ?? {}) as IDataObject;
	const simplified: IDataObject = {
		id: interaction.id,
		messageId: interaction.messageId,
		channelId: interaction.channelId,
		type: interaction.type,
		receivers: contacts.map((contact) => contact.identifierValue ?? contact.id),
		linkUrl: link.url,
		details: interaction.details,
		createdAt: interaction.createdAt,
	};
	for (const key of Object.keys(simplified)) if (simplified[key] === undefined) delete simplified[key];
	return simplified;
}
