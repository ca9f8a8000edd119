import type { IDataObject } from 'n8n-workflow';

import { compact } from '../../shared/records';


const objectOf = (value: unknown): IDataObject => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as IDataObject) : {});
const listOf = (value: unknown): IDataObject[] => (Array.isArray(value) ? (value as IDataObject[]) : []);

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
	return compact(simplified);
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
	return compact(simplified);
}

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
	return compact(simplified);
}

/**
 * The variables of a version (a channel template's `variables[]`, "Message Templates"): the keys a message's
 * `template.parameters` fill ("Template" message type: `{type, key, value}`).
 */
export function templateVariables(channelTemplate: IDataObject): IDataObject[] {
	const variables = Array.isArray(channelTemplate.variables) ? (channelTemplate.variables as IDataObject[]) : [];
	return variables.map((variable) => ({ key: variable.key, type: variable.type, description: variable.description ?? '' }));
}

/** A Studio project as a list shows it: its ID (a message's `template.projectId`), locales and active version. */
export function simplifyProject(project: IDataObject, variables?: IDataObject[]): IDataObject {
	return {
		projectId: project.id,
		name: project.name,
		description: project.description ?? '',
		locales: project.locales ?? [],
		activeVersionId: project.activeResourceId ?? null,
		supportedPlatforms: project.supportedPlatforms ?? [],
		updatedAt: project.updatedAt,
		...(variables ? { variables } : {}),
	};
}

/** One version of a template with everything a message's `template` object takes: project, version, locales, keys. */
export function simplifyTemplate(project: IDataObject, channelTemplate: IDataObject): IDataObject {
	return {
		projectId: project.id,
		name: project.name,
		description: project.description ?? '',
		versionId: channelTemplate.id,
		status: channelTemplate.status,
		defaultLocale: channelTemplate.defaultLocale,
		locales: project.locales ?? [],
		variables: templateVariables(channelTemplate),
		supportedPlatforms: channelTemplate.supportedPlatforms ?? project.supportedPlatforms ?? [],
		updatedAt: channelTemplate.updatedAt,
	};
}

/** The fields of a subscription ("List webhook subscriptions": WebhookSubscription) a workflow acts on. */
export function simplifySubscription(subscription: IDataObject): IDataObject {
	return {
		id: subscription.id,
		event: subscription.event,
		url: subscription.url,
		eventFilters: subscription.eventFilters ?? [],
		status: subscription.status,
		createdAt: subscription.createdAt,
		updatedAt: subscription.updatedAt,
	};
}

/**
 * Simplify of a contact (Bird's `Contact`): its ID, display name, featured identifiers, lists and times. Attributes,
 * account IDs, the identifier count and the workspace ID are left out; turn Simplify off for them.
 */
export function simplifyContact(contact: IDataObject): IDataObject {
	const simplified: IDataObject = {
		id: contact.id,
		computedDisplayName: contact.computedDisplayName,
		featuredIdentifiers: contact.featuredIdentifiers,
		listIds: contact.listIds,
		createdAt: contact.createdAt,
		updatedAt: contact.updatedAt,
	};
	return compact(simplified);
}

/**
 * Simplify of a list (Bird's list object): ID, name, description, contact count and times. The consent type, tags,
 * the proof flag and the counter are left out; turn Simplify off for them.
 */
export function simplifyList(list: IDataObject): IDataObject {
	const simplified: IDataObject = {
		id: list.id,
		name: list.name,
		description: list.description,
		contactCount: list.contactCount,
		createdAt: list.createdAt,
		updatedAt: list.updatedAt,
	};
	return compact(simplified);
}

/** The fields of a Bird conversation most workflows use ("Get conversation" answers many more). */
export function simplifyConversation(conversation: IDataObject): IDataObject {
	const lastMessage = objectOf(conversation.lastMessage);
	return compact({
		id: conversation.id,
		name: conversation.name,
		description: conversation.description,
		status: conversation.status,
		channelId: conversation.channelId,
		visibility: conversation.visibility,
		participants: listOf(conversation.featuredParticipants).map((participant) =>
			compact({
				id: participant.id,
				type: participant.type,
				name: participant.displayName || undefined,
				identifier: objectOf(participant.contact).identifierValue,
			}),
		),
		lastMessageText: objectOf(lastMessage.preview).text,
		lastMessageAt: lastMessage.createdAt,
		createdAt: conversation.createdAt,
		updatedAt: conversation.updatedAt,
	});
}

/** The fields of a conversation message most workflows use ("List conversation messages" answers many more). */
export function simplifyConversationMessage(message: IDataObject): IDataObject {
	const sender = objectOf(message.sender);
	const body = objectOf(message.body);
	const type = typeof body.type === 'string' ? body.type : undefined;
	const text = type ? objectOf(body[type]).text : undefined;
	return compact({
		id: message.id,
		conversationId: message.conversationId,
		status: message.status,
		senderType: sender.type,
		senderId: sender.id,
		senderName: sender.displayName || undefined,
		recipients: listOf(message.recipients).map((recipient) => recipient.identifierValue ?? recipient.id),
		content: type ?? (message.template ? 'template' : undefined),
		text: typeof text === 'string' ? text : undefined,
		reference: message.reference || undefined,
		createdAt: message.createdAt,
	});
}
