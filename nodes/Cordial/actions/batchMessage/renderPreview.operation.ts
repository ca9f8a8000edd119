import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { pathSegment } from '../../../shared/pathSegment';
import { invalidParameter, requiredString } from '../../../shared/validation';
import { cordialRequest, queryString } from '../../transport';
import { readBatchMessagePath } from '../../helpers/batchMessage';
import { CONTACT_ID } from '../../helpers/values';
import { batchMessageLocator } from './fields';

const properties: INodeProperties[] = [
	batchMessageLocator,
	{
		displayName: 'Contact ID (cID)',
		name: 'contactId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 58d30719ac0c8117814da1f3',
		description: 'The cID of the contact whose data renders the draft',
	},
	{
		displayName: 'Experiments',
		name: 'experiments',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Experiment',
		default: {},
		description: 'Which variant of each experiment to render (e.g. a subject and a body experiment)',
		options: [
			{
				displayName: 'Experiment',
				name: 'experiment',
				values: [
					{
						displayName: 'Experiment',
						name: 'experiment',
						type: 'string',
						default: '',
						placeholder: 'e.g. SubjectTest',
						description: 'The experiment name',
					},
					{
						displayName: 'Variant',
						name: 'variant',
						type: 'string',
						default: '',
						placeholder: 'e.g. Test1',
						description: 'The variant of that experiment',
					},
				],
			},
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['batchMessage'], operation: ['renderPreview'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const base = readBatchMessagePath(this, itemIndex);
	const contactId = requiredString(this, 'contactId', itemIndex, 'Contact ID (cID)');
	if (!CONTACT_ID.test(contactId)) {
		throw invalidParameter(this, itemIndex, 'Contact ID (cID)', `"${contactId}" is not a Cordial contact ID`, 'A cID is letters and digits, e.g. 58d30719ac0c8117814da1f3 (get it with Contact > Get).');
	}
	const chosen = ((this.getNodeParameter('experiments', itemIndex, {}) as IDataObject).experiment ?? []) as IDataObject[];
	// Cordial pairs each `experiment` with the `variant` after it: ?experiment=A&variant=x&experiment=B&variant=y.
	const pairs: Array<[string, string]> = [];
	for (const [index, entry] of chosen.entries()) {
		const experiment = String(entry.experiment ?? '').trim();
		const variant = String(entry.variant ?? '').trim();
		if (!experiment || !variant) {
			throw invalidParameter(this, itemIndex, `Experiments ${index + 1}: ${experiment ? 'Variant' : 'Experiment'}`, 'is empty', 'Cordial needs an experiment and a variant together; fill in both or remove the entry.');
		}
		pairs.push(['experiment', experiment], ['variant', variant]);
	}
	return await cordialRequest.call(this, {
		operation: 'Render Batch Message Preview',
		itemIndex,
		method: 'GET',
		path: `${base}/renderedwip/${pathSegment(this, itemIndex, 'Contact ID (cID)', contactId)}${queryString(pairs)}`,
	});
}
