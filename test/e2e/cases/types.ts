import type { IDataObject } from 'n8n-workflow';

import type { Sandbox } from '../../../sandbox';

/** One workflow run in the real n8n by `npm run test:e2e`: input items → one node of this package. */
export interface E2eCase {
	/** Workflow id in n8n: unique, at most 21 characters, letters and digits. */
	id: string;
	name: string;
	/** The node under test: its short type name (`mappEngage`) and parameters, as a user's workflow JSON has them. */
	node: { type: string; parameters: IDataObject };
	/** Input items (default one empty item); binary properties are made by n8n's Convert to File node. */
	input?: Array<{ json: IDataObject; binary?: Record<string, { base64: string; fileName: string; mimeType: string }> }>;
	/** Runs in the test process before the workflow: inject faults, seed state. */
	setup?: (sandbox: Sandbox) => void;
	/** The node's settings "On Error: Continue". */
	continueOnFail?: boolean;
	expect: {
		/** The node's output items, in order: each given json must be contained in the output item's json. */
		items?: IDataObject[];
		/** The workflow fails with an error whose message contains this text. */
		error?: string;
		/**
		 * The requests the sandbox saw: provider, method, path (exact) and status. With one input item, or with
		 * `wireOrder: 'exact'`, in this order; otherwise in any order, because items run in parallel (Requests in
		 * Parallel) and their requests may reach the sandbox interleaved.
		 */
		wire: Array<{ provider: string; method: string; path: string; status: number | 'reset' }>;
		/** `exact`: the requests come in the given order even with several items (one batch, sent request by request). */
		wireOrder?: 'exact';
		/** Further checks on the sandbox after the run (e.g. state, bytes received). */
		sandbox?: (sandbox: Sandbox) => void;
	};
}

type Wire = E2eCase['expect']['wire'];

/** The list sorted by each entry's JSON: for comparing what parallel items produced, whatever order it came in. */
export function inAnyOrder<T>(list: T[]): T[] {
	const keyed = list.map((entry) => ({ entry, key: JSON.stringify(entry) }));
	return keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map(({ entry }) => entry);
}

/** Whether the requests seen are the case's `wire`: in order with one item or `wireOrder: 'exact'`, else in any order. */
export function sameWire(testCase: Pick<E2eCase, 'input' | 'expect'>, seen: Wire): boolean {
	const ordered = (testCase.input ?? []).length <= 1 || testCase.expect.wireOrder === 'exact';
	const arranged = (list: Wire) => JSON.stringify((ordered ? list : inAnyOrder(list)).map(({ provider, method, path, status }) => ({ provider, method, path, status })));
	return arranged(seen) === arranged(testCase.expect.wire);
}
