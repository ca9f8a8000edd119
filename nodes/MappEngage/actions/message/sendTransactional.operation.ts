import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import type { ItemResult } from '../../../shared/execute';
import { readMappId } from '../../helpers/identifier';
import { readContent, readRecipient, sentItem } from '../../helpers/message';
import { messageSendTransactional } from '../../transport/calls';
import { callMapp } from '../../transport';
import { contentProperties, sendingProperties } from './fields';

const properties: INodeProperties[] = [
	...sendingProperties,
	{
		displayName: 'External Transaction Formula',
		name: 'externalTransactionFormula',
		type: 'string',
		default: '',
		placeholder: 'e.g. ORDER-2024-0042',
		description:
			'Your transactional message ID (TMID) for this send. Leave empty when there is none: Mapp then takes the literal null, as its documentation says.',
	},
	...contentProperties,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['sendTransactional'] } },
	properties,
);

const LABEL = 'Send Transactional Message';

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<ItemResult> {
	const messageId = readMappId(this, 'messageId', itemIndex, 'Message ID');
	// Mapp documents the literal "null" for "no TMID available".
	// A TMID is sent exactly as given (Mapp keeps it as it stands); only an empty one becomes "null".
	const formula = String(this.getNodeParameter('externalTransactionFormula', itemIndex, '') ?? '');
	const externalTransactionFormula = formula.trim() === '' ? 'null' : formula;
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
