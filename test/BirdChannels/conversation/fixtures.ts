import type { IDataObject } from 'n8n-workflow';

import { BIRD_CHANNELS, type BirdProvider } from '../../../sandbox/providers/bird';
import { callBird, seedConversation, SANDBOX_ACCESS_KEY_PARTICIPANT } from '../../../sandbox/providers/bird/conversations';

export const ACCESS_KEY_ID = SANDBOX_ACCESS_KEY_PARTICIPANT.id;
export const EMAIL_CHANNEL = BIRD_CHANNELS.email.id;
export const SMS_CHANNEL = BIRD_CHANNELS.sms.id;

export function byId(value: string): IDataObject {
	return { __rl: true, mode: 'id', value };
}

/** A conversation with one contact (by e-mail address) on the e-mail channel, made through the emulator's route. */
export function seedEmailConversation(bird: BirdProvider, email: string, name = `Support for ${email}`, withMessage = true): IDataObject {
	return seedConversation(bird, {
		name,
		channelId: EMAIL_CHANNEL,
		participants: [{ type: 'contact', identifierKey: 'emailaddress', identifierValue: email }],
		...(withMessage ? { initialMessage: { body: { type: 'text', text: { text: `Hello ${email}` } } } } : {}),
	}) as IDataObject;
}

/** What "Get conversation" answers for it now. */
export function conversationNow(bird: BirdProvider, id: unknown): IDataObject {
	return callBird(bird, 'GET', `/conversations/${String(id)}`).body as IDataObject;
}

/** What "List conversation messages" answers for it now (newest first, up to 100). */
export function messagesNow(bird: BirdProvider, id: unknown): IDataObject[] {
	return (callBird(bird, 'GET', `/conversations/${String(id)}/messages?limit=100`).body as { results: IDataObject[] }).results;
}
