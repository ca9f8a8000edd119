import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readBinaryForUpload } from '../../../shared/binary';
import { updateDisplayOptions } from '../../../shared/descriptions';
import { uploadFile } from '../../helpers/media';

/**
 * Upload: one binary of the input item through Bird's presigned media upload ("Uploading media" on docs.bird.com
 * "Messaging": `POST /workspaces/{workspaceId}/channel-media/presigned-upload`, then a form POST to the storage), for
 * later messages to use by URL (Media Source URL, template attachments). Each distinct file is uploaded once per run.
 */
const properties: INodeProperties[] = [
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		placeholder: 'e.g. data',
		hint: 'The name of the input binary field holding the file to upload',
	},
];

export const description = updateDisplayOptions({ show: { resource: ['media'], operation: ['upload'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const name = String(this.getNodeParameter('binaryPropertyName', itemIndex, 'data'));
	const file = await readBinaryForUpload(this, itemIndex, name, 'Input Binary Field');
	const uploaded = await uploadFile.call(this, itemIndex, file, 'Upload Media');
	return { mediaUrl: uploaded.mediaUrl, contentType: uploaded.contentType, fileName: uploaded.fileName, size: uploaded.size };
}
