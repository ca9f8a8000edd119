import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter, isEmail } from '../../../shared/validation';
import { cordialRequest } from '../../transport';
import { readBatchMessagePath } from '../../helpers/batchMessage';
import { readIdentifierKey } from '../../helpers/contact';
import { splitList } from '../../helpers/values';
import { identifierKeyFields } from '../fields';
import { batchMessageLocator } from './fields';

const properties: INodeProperties[] = [
	batchMessageLocator,
	...identifierKeyFields({ displayName: 'Identify Recipients By', name: 'recipientKey' }, 'Another indexed contact key, e.g. custID', {
		description: 'The indexed contact key that identifies the recipients',
	}),
	{
		displayName: 'Recipients',
		name: 'recipients',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. test1@example.com, test2@example.com',
		description: 'Comma-separated identifiers of existing contacts that receive the test',
	},
];

export const description = updateDisplayOptions({ show: { resource: ['batchMessage'], operation: ['sendTest'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const path = `${readBatchMessagePath(this, itemIndex)}/sendtest`;
	const key = readIdentifierKey(this, itemIndex, 'recipientKey', 'Enter an indexed contact key such as custID.');
	const recipients = splitList(this.getNodeParameter('recipients', itemIndex, ''));
	if (recipients.length === 0) {
		throw invalidParameter(this, itemIndex, 'Recipients', 'is empty', 'Enter one or more contact identifiers, separated by commas.');
	}
	if (key === 'email') {
		const wrong = recipients.find((recipient) => !isEmail(recipient));
		if (wrong) throw invalidParameter(this, itemIndex, 'Recipients', `"${wrong}" is not an e-mail address`, 'Enter e-mail addresses separated by commas, or choose another identifier.');
	}
	// The body form of Cordial's Batch Messages API page, `{ "<identifier key>": [...] }` (e.g. {"email": [...]},
	// {"cID": [...]}), is sent, not the `{ "primaryKey": [...] }` of Cordial's API v2 Swagger: it names the key, so it
	// works for cID and custom keys alike.
	const response = await cordialRequest.call(this, {
		operation: 'Send Test Batch Message',
		itemIndex,
		method: 'PUT',
		path,
		body: { [key]: recipients },
	});
	return response;
}
