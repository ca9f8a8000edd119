import type { INodeProperties } from 'n8n-workflow';

import { operationProperty } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/execute';
import * as upload from './upload.operation';

export const resource = { name: 'Media', value: 'media' };

export const operations: Record<string, OperationModule> = { upload };

export const description: INodeProperties[] = [
	operationProperty('media', 'upload', [
		{
			name: 'Upload',
			value: 'upload',
			description: 'Upload a file of the input item to Bird and get its media URL for later messages',
			action: 'Upload a media file',
		},
	]),
	...upload.description,
];
