import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

import { DEFAULT_REQUESTS_IN_PARALLEL, MAX_REQUESTS_IN_PARALLEL, REQUEST_OPTIONS } from './execute';

/**
 * Adds `displayOptions` to every property of an operation, merged with any it already has. n8n's own nodes use the
 * same helper from nodes-base, which community packages cannot import.
 */
export function updateDisplayOptions(
	displayOptions: IDisplayOptions,
	properties: INodeProperties[],
): INodeProperties[] {
	return properties.map((property) => ({
		...property,
		displayOptions: {
			...property.displayOptions,
			show: { ...displayOptions.show, ...property.displayOptions?.show },
			...(displayOptions.hide || property.displayOptions?.hide
				? { hide: { ...displayOptions.hide, ...property.displayOptions?.hide } }
				: {}),
		},
	}));
}

/** The standard Return All / Limit pair for a Get Many operation. */
export function returnAllOrLimit(maxLimit?: number): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1, ...(maxLimit ? { maxValue: maxLimit } : {}) },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { returnAll: [false] } },
		},
	];
}

/**
 * The "Request Options" collection at the end of every node: how many items are sent at once, plus any options of
 * the node's own (such as Batching), which show only for the operations they name.
 */
export function requestOptionsProperty(extraOptions: INodeProperties[] = []): INodeProperties {
	const options: INodeProperties[] = [
		...extraOptions,
		{
			displayName: 'Requests in Parallel',
			name: 'requestsInParallel',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: MAX_REQUESTS_IN_PARALLEL },
			default: DEFAULT_REQUESTS_IN_PARALLEL,
			description:
				"How many input items are sent at the same time. The output keeps the input order. The credential's Requests per Second still caps the rate.",
		},
	];
	return {
		displayName: 'Request Options',
		name: REQUEST_OPTIONS,
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: options.sort((a, b) => a.displayName.localeCompare(b.displayName)),
	};
}

/** The credential field that caps the request rate of one account (see the transport's rate limiter). */
export function requestsPerSecondProperty(
	defaultValue: number,
	description: string,
	overrides: Partial<INodeProperties> = {},
): INodeProperties {
	return {
		displayName: 'Requests per Second',
		name: 'requestsPerSecond',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: defaultValue,
		description: `${description} Every node using this account in this n8n process (one worker in queue mode) shares it. 0 means no ceiling.`,
		...overrides,
	};
}

/**
 * The "Batching" request option of an operation that has a bulk endpoint: Automatic takes it when many items arrive,
 * One Request per Item never does. `show` names the resource and operation it belongs to.
 */
export function batchingOption(
	show: { resource: string; operation: string } | Array<{ resource: string; operation: string }>,
	automatic: string,
): INodeProperties {
	// One Batching option for every operation that batches: a collection holds each option name once.
	const shows = Array.isArray(show) ? show : [show];
	const unique = (values: string[]) => [...new Set(values)];
	return {
		displayName: 'Batching',
		name: 'batching',
		type: 'options',
		default: 'auto',
		description: 'Whether many input items go to the provider in bulk requests or one request per item',
		options: [
			{ name: 'Automatic', value: 'auto', description: automatic },
			{ name: 'One Request per Item', value: 'off', description: 'Send every item on its own, with its own result' },
		],
		displayOptions: {
			show: { '/resource': unique(shows.map((entry) => entry.resource)), '/operation': unique(shows.map((entry) => entry.operation)) },
		},
	};
}

/** The kinds of collection n8n's nodes offer, each with its own name and "Add …" button (n8n's UX guidelines). */
const COLLECTIONS = {
	options: { displayName: 'Options', name: 'options', placeholder: 'Add Option' },
	additionalFields: { displayName: 'Additional Fields', name: 'additionalFields', placeholder: 'Add Field' },
	updateFields: { displayName: 'Update Fields', name: 'updateFields', placeholder: 'Add Field' },
	filters: { displayName: 'Filters', name: 'filters', placeholder: 'Add Filter' },
} as const;

/**
 * An optional-parameters collection of one of n8n's standard kinds (Options, Additional Fields, Update Fields,
 * Filters); `extra` sets anything else, such as displayOptions or a description.
 */
export function collectionProperty(
	kind: keyof typeof COLLECTIONS,
	options: INodeProperties[],
	extra: Partial<INodeProperties> = {},
): INodeProperties {
	return { ...COLLECTIONS[kind], type: 'collection', default: {}, options, ...extra };
}

/** One entry of an Operation picker: `action` is the sentence n8n shows in the nodes panel and for AI tools. */
export interface OperationChoice {
	name: string;
	value: string;
	description: string;
	action: string;
}

/**
 * A polling trigger's Late Event Window option (read by readLateEventWindowMs in nodes/shared/polling.ts): how far
 * each poll looks back for events that reach `provider` after their time.
 */
export function lateEventWindowOption(provider: string, events = 'events'): INodeProperties {
	return {
		displayName: 'Late Event Window (Minutes)',
		name: 'lookbackMinutes',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 1440 },
		default: 10,
		description: `How long after its time an event may still appear in ${provider} and be emitted. Each poll looks back this far; ${events} found again are not emitted twice.`,
	};
}

/** The operations most resources have, by n8n's names (Create, Create or Update, Delete, Get, Get Many, Update). */
export type StandardOperation = 'create' | 'upsert' | 'delete' | 'get' | 'getAll' | 'update';

const STANDARD_OPERATIONS: Record<StandardOperation, { name: string; description: (noun: string) => string; action: (noun: string) => string }> = {
	create: { name: 'Create', description: (noun) => `Create a ${noun}`, action: (noun) => `Create a ${noun}` },
	upsert: {
		name: 'Create or Update',
		description: () => 'Create a new record, or update the current one if it already exists (upsert)',
		action: (noun) => `Create or update a ${noun}`,
	},
	delete: { name: 'Delete', description: (noun) => `Delete a ${noun}`, action: (noun) => `Delete a ${noun}` },
	get: { name: 'Get', description: (noun) => `Get a ${noun}`, action: (noun) => `Get a ${noun}` },
	getAll: { name: 'Get Many', description: (noun) => `Get many ${noun}s`, action: (noun) => `Get many ${noun}s` },
	update: { name: 'Update', description: (noun) => `Update a ${noun}`, action: (noun) => `Update a ${noun}` },
};

/**
 * A standard Operation picker entry with n8n's wording ("Create a contact", "Get many contacts"); `description`
 * replaces the default hint where the provider's operation says more (e.g. "Get a contact by ID").
 */
export function standardOperation(operation: StandardOperation, noun: string, description?: string): OperationChoice {
	const standard = STANDARD_OPERATIONS[operation];
	return { name: standard.name, value: operation, description: description ?? standard.description(noun), action: standard.action(noun) };
}

/** A resource's Operation picker, shown only for that resource. */
export function operationProperty(resource: string, defaultOperation: string, options: OperationChoice[]): INodeProperties {
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options,
		default: defaultOperation,
	};
}

/** The node's Resource picker. */
export function resourceProperty(defaultResource: string, options: Array<{ name: string; value: string }>): INodeProperties {
	return { displayName: 'Resource', name: 'resource', type: 'options', noDataExpression: true, options, default: defaultResource };
}
