import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter, isEmail } from '../../../shared/validation';
import { cordialRequest } from '../../transport';
import { batchMessageLocator, batchMessagePath, splitList } from '../common';

const properties: INodeProperties[] = [
	batchMessageLocator,
	{
		displayName: 'Identify Recipients By',
		name: 'recipientKey',
		type: 'options',
		options: [
			{ name: 'Contact ID (cID)', value: 'cID' },
			{ name: 'Custom Key', value: 'custom', description: 'Another indexed contact key, e.g. custID' },
			{ name: 'Email', value: 'email' },
		],
		default: 'email',
	},
	{
		displayName: 'Key Name',
		name: 'customKey',
		type: 'string',
		default: '',
		placeholder: 'custID',
		description: 'The indexed contact key that identifies the recipients',
		displayOptions: { show: { recipientKey: ['custom'] } },
	},
	{
		displayName: 'Recipients',
		name: 'recipients',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'test1@example.com, test2@example.com',
		description: 'Comma-separated identifiers of existing contacts that receive the test',
	},
];

export const description = updateDisplayOptions({ show: { resource: ['batchMessage'], operation: ['sendTest'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const path = `${batchMessagePath(this, itemIndex)}/sendtest`;
	const mode = this.getNodeParameter('recipientKey', itemIndex) as string;
	let key = mode;
	if (mode === 'custom') {
		key = String(this.getNodeParameter('customKey', itemIndex, '')).trim();
		if (!/^[A-Za-z0-9_.-]+$/.test(key)) {
			throw invalidParameter(this, itemIndex, 'Key Name', key ? `"${key}" is not a key name` : 'is empty', 'Enter an indexed contact key such as custID.');
		}
	}
	const recipients = splitList(this.getNodeParameter('recipients', itemIndex, ''));
	if (recipients.length === 0) {
		throw invalidParameter(this, itemIndex, 'Recipients', 'is empty', 'Enter one or more contact identifiers, separated by commas.');
	}
	if (key === 'email') {
		const wrong = recipients.find((recipient) => !isEmail(recipient));
		if (wrong) throw invalidParameter(this, itemIndex, 'Recipients', `"${wrong}" is not an e-mail address`, 'Enter e-mail addresses separated by commas, or choose another identifier.');
	}
	// The seed's body form `{ "<identifier key>": [...] }` (e.g. {"email": [...]}, {"cID": [...]}) is sent, not the
	// Swagger's `{ "primaryKey": [...] }`: it names the key, so it works for cID and custom keys alike.
	const response = await cordialRequest.call(this, {
		operation: 'Send Test Batch Message',
		itemIndex,
		method: 'PUT',
		path,
		body: { [key]: recipients },
	});
	return response;
}
