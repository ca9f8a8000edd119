import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../../../shared/execute';

export const resource = { name: 'Contact Activity', value: 'contactActivity' };

export const operations: Record<string, OperationModule> = {};

export const description: INodeProperties[] = [];
