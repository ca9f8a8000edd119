/**
 * The Triggers resource: `POST /v2/Api/Triggers/{id}`, written from help.expertsender.com "Send trigger messages":
 * `<Data xsi:type="TriggerReceivers"><Receivers><Receiver><Id/>|<Email/></Receiver>…</Receivers></Data>`, 201 Created
 * with an empty body. Receivers that are not in the database are skipped without an error, as the page says; Id wins
 * over Email when both are given.
 */
import { asXmlElement, type XmlParsedElement } from '../../../nodes/shared/codec';
import { emptyResponse, type SandboxResponse } from '../../framework';
import type { EsAccount } from './account';
import { findMessage } from './messages';
import type { Route } from './routes';
import { assertOrder, childNames, EMAIL, INTEGER, Rejection, text } from './xml';

/** One receiver the trigger went to: the request it came in and the subscriber it reached. */
export interface EsTriggerSend {
	triggerId: number;
	subscriberId: number;
	/** How the request named the subscriber. */
	by: 'Id' | 'Email';
}

/** Every receiver a trigger message reached since the last reset, in request order. */
export function triggerSends(account: EsAccount): EsTriggerSend[] {
	return account.state('triggerSends', () => [] as EsTriggerSend[]);
}

function readReceivers(data: XmlParsedElement): Array<{ id?: string; email?: string }> {
	assertOrder(data, ['Receivers'], 'Data');
	if (!('Receivers' in data)) throw new Rejection(400, 'Receivers is required.');
	const container = asXmlElement(data.Receivers);
	if (childNames(container).some((name) => name !== 'Receiver')) throw new Rejection(400, 'Receivers may only contain Receiver elements.');
	// An empty <Receiver/> is a receiver too (without Id or Email), not an absent one.
	const receivers = container.Receiver === undefined ? [] : Array.isArray(container.Receiver) ? container.Receiver : [container.Receiver];
	if (receivers.length === 0) throw new Rejection(400, 'Receivers must contain at least one Receiver.');
	return receivers.map((entry) => {
		const receiver = asXmlElement(entry);
		assertOrder(receiver, ['Id', 'Email'], 'Receiver');
		const id = text(receiver.Id);
		const email = text(receiver.Email);
		if (id === undefined && email === undefined) throw new Rejection(400, 'Either Id or Email must be specified in Receiver.');
		if (id !== undefined && !INTEGER.test(id)) throw new Rejection(400, `Receiver Id ${id} is invalid.`);
		if (email !== undefined && !EMAIL.test(email)) throw new Rejection(400, `Receiver Email ${email} is invalid.`);
		return { id, email };
	});
}

export function sendTrigger(account: EsAccount, idText: string, root: XmlParsedElement): SandboxResponse {
	if (!INTEGER.test(idText)) throw new Rejection(400, `Trigger message id ${idText} is not a number.`);
	assertOrder(root, ['ApiKey', 'Data'], 'ApiRequest');
	if (!('Data' in root)) throw new Rejection(400, 'Data is required.');
	const data = asXmlElement(root.Data);
	if (data['@xsi:type'] !== 'TriggerReceivers') throw new Rejection(400, 'Data must have xsi:type="TriggerReceivers".');
	const receivers = readReceivers(data);
	const triggerId = Number(idText);
	// The account's messages (messages.ts) hold the trigger messages: the ones Get Many Messages lists with type Trigger.
	if (findMessage(account, triggerId)?.type !== 'Trigger') throw new Rejection(400, `Trigger message ${triggerId} does not exist.`);
	const sends = triggerSends(account);
	for (const receiver of receivers) {
		const subscriber = receiver.id !== undefined ? account.subscribers.get(Number(receiver.id)) : account.findByEmail(receiver.email!);
		if (!subscriber) continue;
		sends.push({ triggerId, subscriberId: subscriber.id, by: receiver.id !== undefined ? 'Id' : 'Email' });
		subscriber.events.push({ date: account.clock.now, type: 'Send', messageId: triggerId });
	}
	return emptyResponse(201);
}

/** This file's rows of the route table (index.ts). */
export const routes: Route[] = [{ method: 'POST', resource: 'Triggers', id: 'required', handle: ({ account, id, root }) => sendTrigger(account, id!, root!) }];
