import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { invalidParameter } from '../../shared/validation';
import { checkIdentifier } from './contact';

interface ReceiverEntry {
	identifyBy?: string;
	identifierKey?: string;
	customIdentifierKey?: string;
	identifierValue?: string;
	contactId?: string;
	type?: string;
}

/** A receiver as read: its contact in the request, its To/CC/BCC type, and what kind of address it is. */
interface Receiver {
	contact: IDataObject;
	type: string;
	kind: 'contactId' | 'email' | 'other';
}

function readEntry(context: IExecuteFunctions, itemIndex: number, entry: ReceiverEntry, position: number): Receiver {
	const label = `Receivers (receiver ${position + 1})`;
	// A type the picker does not list (To, CC, BCC) is refused by the run context's check of the picker.
	const type = entry.type ?? 'to';
	if ((entry.identifyBy ?? 'identifier') === 'contactId') {
		const id = String(entry.contactId ?? '').trim();
		if (id === '') throw invalidParameter(context, itemIndex, `${label} Contact ID`, 'is empty', 'Enter the ID of a Bird contact, or identify the receiver by an identifier.');
		return { contact: { id }, type, kind: 'contactId' };
	}
	const chosenKey = entry.identifierKey ?? 'phonenumber';
	const key = (chosenKey === 'custom' ? String(entry.customIdentifierKey ?? '') : chosenKey).trim();
	const value = String(entry.identifierValue ?? '').trim();
	if (key === '') throw invalidParameter(context, itemIndex, `${label} Custom Identifier Key`, 'is empty', 'Enter the identifier key, e.g. telegram.');
	if (value === '') throw invalidParameter(context, itemIndex, `${label} Identifier Value`, 'is empty', 'Enter the phone number, e-mail address or other identifier of the receiver.');
	checkIdentifier(context, itemIndex, `${label} Identifier Value`, key, value);
	return { contact: { identifierKey: key, identifierValue: value }, type, kind: key === 'emailaddress' ? 'email' : 'other' };
}

/**
 * Several receivers, CC and BCC: Bird takes them on e-mail channels only ("Multiple recipient messages are only
 * possible through the Email platform"). The node cannot see the channel's platform without a request, so its rule is
 * on the receivers: several are allowed when each is an e-mail address or a contact ID (Bird resolves the contact; on
 * another channel Bird refuses the message, naming the field). Several phone numbers or other identifiers, which no
 * e-mail channel takes, are refused before any request.
 */
function checkCombination(context: IExecuteFunctions, itemIndex: number, receivers: Receiver[], content: string): void {
	const refuse = (problem: string, fix: string) => invalidParameter(context, itemIndex, 'Receivers', problem, fix);
	if (receivers.length > 1 && receivers.some((receiver) => receiver.kind === 'other')) {
		throw refuse(
			'has several receivers, not all of them e-mail addresses or contact IDs',
			'Several receivers in one message are possible only on e-mail channels: address each by e-mail address or contact ID, or send one message per receiver (one input item each).',
		);
	}
	if (receivers.length === 1 && receivers[0].type !== 'to') throw refuse('has only a CC or BCC receiver', 'Set the type of at least one receiver to To.');
	if (receivers.length > 1 && !receivers.some((receiver) => receiver.type === 'to')) throw refuse('has no To receiver', 'Set the type of at least one receiver to To.');
	if (content === 'html' && receivers.some((receiver) => receiver.kind === 'other')) {
		throw refuse('HTML Email needs e-mail receivers', 'Address the receivers by e-mail address or contact ID, or choose Text content for other channels.');
	}
}

/**
 * The Receivers of a message as `receiver.contacts`: one contact, or on e-mail channels several with To, CC and BCC.
 * With `optional` (Custom JSON that has its own `receiver`) no receiver is needed, and none gives an empty list.
 */
export function readReceivers(context: IExecuteFunctions, itemIndex: number, content: string, optional = false): IDataObject[] {
	const entries = context.getNodeParameter('receivers.receiver', itemIndex, []) as ReceiverEntry[];
	if (entries.length === 0) {
		if (optional) return [];
		throw invalidParameter(context, itemIndex, 'Receivers', 'is empty', 'Add at least one receiver: an identifier (phone number, e-mail address, …) or a contact ID.');
	}
	const receivers = entries.map((entry, position) => readEntry(context, itemIndex, entry, position));
	checkCombination(context, itemIndex, receivers, content);
	return receivers.map(({ contact, type }) => (receivers.length > 1 ? { ...contact, type } : contact));
}
