/**
 * Groups: group/getPreparedMessages of the Mapp Engage REST API, a GET answering `[ids]`, and groupGetPreparedMessages
 * of the SOAP API answering repeated `<messageIds>` (the WSDL's @WebResult name, as in romankot/eCmConnector's
 * `Ecm.java` and `GroupGetPreparedMessagesResponse.java`). The IDs come from the same state the send methods check.
 */
import { LONG, type Operation, type Route } from './operation';

export const groupGetPreparedMessages: Operation = {
	query: { groupId: 'long' },
	soap: [{ name: 'groupId', type: LONG, min: 1 }],
	run(account, args) {
		// An unknown group is Mapp's NO_SUCH_OBJECT; a group without prepared messages an empty list.
		const groupId = Number(args.groupId);
		account.group(args.groupId!);
		const messageIds = [...account.messages.entries()]
			.filter(([, message]) => message.groupId === groupId)
			.map(([messageId]) => messageId)
			.sort((a, b) => a - b);
		return { json: messageIds, soap: { messageIds } };
	},
};

/** This file's rows of the route table (index.ts). */
export const routes: Route[] = [
	{ method: 'GET', path: '/group/getPreparedMessages', soap: 'groupGetPreparedMessages', handler: groupGetPreparedMessages },
];
