import type { IExecuteFunctions } from 'n8n-workflow';

import { invalidParameter, isEmail } from '../../shared/validation';

const POSITIVE_INTEGER = /^[1-9]\d{0,9}$/;

/** An ExpertSender ID (subscriber, list, message): a positive whole number. */
export function readPositiveId(
	context: IExecuteFunctions,
	itemIndex: number,
	raw: unknown,
	label: string,
	required: boolean,
): number | undefined {
	const text = raw === undefined || raw === null ? '' : String(raw).trim();
	if (text === '') {
		if (!required) return undefined;
		throw invalidParameter(context, itemIndex, label, 'is empty', `Enter the ${label} as a whole number, e.g. 123.`);
	}
	if (!POSITIVE_INTEGER.test(text) || Number(text) > 2_147_483_647) {
		throw invalidParameter(
			context,
			itemIndex,
			label,
			`"${text}" is not an ExpertSender ID`,
			`Enter the ${label} as a positive whole number, e.g. 123.`,
		);
	}
	return Number(text);
}

/** An optional e-mail address: undefined when blank, refused when it is not an address. */
export function readOptionalEmail(context: IExecuteFunctions, itemIndex: number, raw: unknown, label: string): string | undefined {
	const text = raw === undefined || raw === null ? '' : String(raw).trim();
	if (text === '') return undefined;
	if (!isEmail(text)) {
		throw invalidParameter(context, itemIndex, label, `"${text}" is not an e-mail address`, 'Enter an address such as name@example.com.');
	}
	return text;
}

/** The list ID of the required `list` locator. */
export function readListId(context: IExecuteFunctions, itemIndex: number): number {
	const value = context.getNodeParameter('list', itemIndex, '', { extractValue: true }) as unknown;
	return readPositiveId(context, itemIndex, value, 'List', true)!;
}
