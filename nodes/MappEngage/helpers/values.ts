import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { invalidParameter } from '../../shared/validation';
import type { NameValue } from '../transport/model';

/** A name/value list parameter (`{ pairs: [{ name, value }] }`); empty names are an input error. */
export function readNameValues(
	context: IExecuteFunctions,
	name: string,
	itemIndex: number,
	label: string,
): NameValue[] {
	const raw = context.getNodeParameter(name, itemIndex, {}) as { pairs?: IDataObject[] };
	return (raw.pairs ?? []).map((pair, position) => {
		const pairName = String(pair.name ?? '').trim();
		if (pairName === '') {
			throw invalidParameter(
				context,
				itemIndex,
				label,
				`entry ${position + 1} has no name`,
				'Give every entry a name, or remove the empty one.',
			);
		}
		return { name: pairName, value: pair.value === undefined || pair.value === null ? '' : String(pair.value) };
	});
}
