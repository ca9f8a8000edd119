import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../../../shared/execute';

export const resource = { name: 'Supplement Record', value: 'supplementRecord' };

export const operations: Record<string, OperationModule> = {};

export const description: INodeProperties[] = [];
