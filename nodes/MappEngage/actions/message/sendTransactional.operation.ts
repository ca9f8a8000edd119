import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import type { ItemResult } from '../../../shared/execute';
import { readMappId } from '../../helpers/identifier';
import { readContent, readExternalTransactionFormula, readRecipient, sentItem } from '../../helpers/message';
import { messageSendTransactional } from '../../transport/calls';
import { callMapp } from '../../transport';
import { contentProperties, externalTransactionFormulaProperty, sendingProperties } from './fields';

const properties: INodeProperties[] = [
	...sendingProperties,
	externalTransactionFormulaProperty,
	...contentProperties,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['sendTransactional'] } },
	properties,
);

const LABEL = 'Send Transactional Message';

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<ItemResult> {
	const messageId = readMappId(this, 'messageId', itemIndex, 'Message ID');
	const externalTransactionFormula = readExternalTransactionFormula(this, itemIndex);
	const input = await readContent.call(this, itemIndex);
	const recipient = await readRecipient.call(this, itemIndex, LABEL);
	await callMapp(
		this,
		itemIndex,
		messageSendTransactional(LABEL, {
			messageId,
			recipientId: recipient.contactId,
			externalTransactionFormula,
			content: input.content,
			senderProfileName: input.senderProfileName,
		}),
	);
	return sentItem(messageId, recipient, input, { externalTransactionFormula });
}
