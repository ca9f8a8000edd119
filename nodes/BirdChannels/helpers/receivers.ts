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

/** The Receivers of a message: one contact, or on e-mail channels several with To, CC and BCC. */
export function readReceivers(context: IExecuteFunctions, itemIndex: number, content: string): IDataObject[] {
	const entries = context.getNodeParameter('receivers.receiver', itemIndex, []) as ReceiverEntry[];
	if (entries.length === 0) {
		throw invalidParameter(context, itemIndex, 'Receivers', 'is empty', 'Add at least one receiver: an identifier (phone number, e-mail address, …) or a contact ID.');
	}
	const contacts = entries.map((entry, position) => {
		const label = `Receivers (receiver ${position + 1})`;
		// A type the picker does not list (To, CC, BCC) is refused by the router.
		const type = entry.type ?? 'to';
		if ((entry.identifyBy ?? 'identifier') === 'contactId') {
			const id = String(entry.contactId ?? '').trim();
			if (id === '') throw invalidParameter(context, itemIndex, `${label} Contact ID`, 'is empty', 'Enter the ID of a Bird contact, or identify the receiver by an identifier.');
			return { contact: { id } as IDataObject, type, email: undefined };
		}
		const chosenKey = entry.identifierKey ?? 'phonenumber';
		const key = (chosenKey === 'custom' ? String(entry.customIdentifierKey ?? '') : chosenKey).trim();
		const value = String(entry.identifierValue ?? '').trim();
		if (key === '') throw invalidParameter(context, itemIndex, `${label} Custom Identifier Key`, 'is empty', 'Enter the identifier key, e.g. telegram.');
		if (value === '') throw invalidParameter(context, itemIndex, `${label} Identifier Value`, 'is empty', 'Enter the phone number, e-mail address or other identifier of the receiver.');
		checkIdentifier(context, itemIndex, `${label} Identifier Value`, key, value);
		return { contact: { identifierKey: key, identifierValue: value } as IDataObject, type, email: key === 'emailaddress' };
	});

	// Bird takes several receivers (and CC/BCC) on e-mail channels only; the node cannot see the channel's platform
	// without a request, so it requires every receiver to be an e-mail address then, which only e-mail channels have.
	if (contacts.length > 1 && contacts.some((receiver) => receiver.email !== true)) {
		throw invalidParameter(
			context,
			itemIndex,
			'Receivers',
			'has several receivers that are not all e-mail addresses',
			'Several receivers in one message are possible only on e-mail channels: address each receiver by e-mail address, or send one message per receiver (one input item each).',
		);
	}
	if (contacts.some((receiver) => receiver.type !== 'to') && contacts.length === 1) {
		throw invalidParameter(context, itemIndex, 'Receivers', 'has only a CC or BCC receiver', 'Set the type of at least one receiver to To.');
	}
	if (contacts.length > 1 && !contacts.some((receiver) => receiver.type === 'to')) {
		throw invalidParameter(context, itemIndex, 'Receivers', 'has no To receiver', 'Set the type of at least one receiver to To.');
	}
	if (content === 'html' && contacts.some((receiver) => receiver.email === false)) {
		throw invalidParameter(context, itemIndex, 'Receivers', 'HTML Email needs e-mail receivers', 'Address the receivers by e-mail address or contact ID, or choose Text content for other channels.');
	}
	return contacts.map(({ contact, type }) => (contacts.length > 1 ? { ...contact, type } : contact));
}
