import type { INodeProperties } from 'n8n-workflow';

import { operationProperty, standardOperation } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/execute';
import * as addItem from './addItem.operation';
import * as clear from './clear.operation';
import * as get from './get.operation';
import * as removeItem from './removeItem.operation';
import * as set from './set.operation';

export const resource = { name: 'Cart', value: 'cart' };

export const operations: Record<string, OperationModule> = { addItem, clear, get, removeItem, set };

export const description: INodeProperties[] = [
	operationProperty('cart', 'addItem', [
		{ name: 'Add Item', value: 'addItem', description: 'Add a product to a contact\'s cart', action: 'Add an item to a cart' },
		{ name: 'Clear', value: 'clear', description: 'Remove the cart from a contact', action: 'Clear a cart' },
		standardOperation('get', 'cart', 'Get the cart of a contact'),
		{ name: 'Remove Item', value: 'removeItem', description: 'Take a quantity of a product out of a contact\'s cart', action: 'Remove an item from a cart' },
		{ name: 'Set', value: 'set', description: 'Replace a contact\'s cart with the given line items', action: 'Set a cart' },
	]),
	...Object.values(operations).flatMap((operation) => operation.description),
];
