import { NO_RESULT, type MappCall } from '../index';
import { rest, soap, type MessageContent, type TransactionalContent } from '../model';

/**
 * Mapp's send methods, each written once with its REST and SOAP encoding. SOAP child order follows the WSDL's
 * sequences (messageSendTransactional: messageId, externalTransactionFormula, recipientId, additionalContent).
 */

export interface Sending {
	messageId: string;
	recipientId: string;
	content: MessageContent;
	senderProfileName?: string;
}

export function messageSendSingle(label: string, sending: Sending): MappCall<void> {
	const { messageId, recipientId, content, senderProfileName } = sending;
	return {
		label,
		idempotent: false,
		rest: {
			path: '/message/sendSingle',
			// Older docs call it `senderProfile`; the current ones `senderProfileName`.
			query: { messageId, recipientId, senderProfileName },
			body: rest.content(content),
		},
		soap: {
			operation: 'messageSendSingle',
			// additionalContent is required by the schema, so it is sent even when empty. senderProfileName is not in
			// the v2-era WSDL the reference quotes; newer versions take it as the REST query does, so it goes last and
			// only when set.
			body: { messageId, recipientId, additionalContent: soap.content(content), senderProfileName },
		},
		read: NO_RESULT,
	};
}

export function messageSendTransactional(
	label: string,
	sending: Sending & { externalTransactionFormula: string },
): MappCall<void> {
	const { messageId, recipientId, content, senderProfileName, externalTransactionFormula } = sending;
	return {
		label,
		idempotent: false,
		rest: {
			path: '/message/sendTransactional',
			query: { messageId, recipientId, externalTransactionFormula, senderProfileName },
			body: rest.content(content),
		},
		soap: {
			operation: 'messageSendTransactional',
			body: {
				messageId,
				externalTransactionFormula,
				recipientId,
				additionalContent: soap.content(content),
				senderProfileName,
			},
		},
		read: NO_RESULT,
	};
}

/**
 * message/sendTransactionalWithEventDetails?messageId=&recipientId=&externalTransactionFormula= with a
 * TransactionalMessageContent body, answering 204 (docs.mapp.com apidocs, message sendTransactionalWithEventDetails).
 * REST only: the v2-era WSDL has no such operation (romankot/eCmConnector Ecm.java), so it goes over REST whichever
 * API is chosen. The page documents no sender profile for this method, so none is sent.
 */
export function messageSendTransactionalWithEventDetails(
	label: string,
	sending: { messageId: string; recipientId: string; externalTransactionFormula: string; content: TransactionalContent },
): MappCall<void> {
	const { messageId, recipientId, externalTransactionFormula, content } = sending;
	return {
		label,
		idempotent: false,
		rest: {
			path: '/message/sendTransactionalWithEventDetails',
			query: { messageId, recipientId, externalTransactionFormula },
			body: rest.transactionalContent(content),
		},
		read: NO_RESULT,
	};
}
