import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import type { ItemResult } from '../../../shared/execute';
import { readMappId } from '../../helpers/identifier';
import { readContent, readRecipient, sentItem } from '../../helpers/message';
import { messageSendSingle } from '../../transport/calls';
import { callMapp } from '../../transport';
import { contentProperties, sendingProperties } from './fields';

const properties: INodeProperties[] = [...sendingProperties, ...contentProperties];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['sendPrepared'] } },
	properties,
);

const LABEL = 'Send Prepared Message';

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<ItemResult> {
	const messageId = readMappId(this, 'messageId', itemIndex, 'Message ID');
	const input = await readContent.call(this, itemIndex);
	const recipient = await readRecipient.call(this, itemIndex, LABEL);
	await callMapp(
		this,
		itemIndex,
		messageSendSingle(LABEL, {
			messageId,
			recipientId: recipient.contactId,
			content: input.content,
			senderProfileName: input.senderProfileName,
		}),
	);
	return sentItem(messageId, recipient, input);
}
