import type { IExecuteFunctions } from 'n8n-workflow';

import { invalidParameter, isEmail, requiredString } from '../../shared/validation';
import type { ContactIdentifier, IdentifierType } from '../transport/model';

const ID_PATTERN = /^\d{1,16}$/;
const MOBILE_PATTERN = /^\+?[1-9]\d{5,14}$/;

/** Whether `value` is a Mapp object ID: digits that fit an int64 and a JavaScript number. */
export function isMappId(value: string): boolean {
	return ID_PATTERN.test(value) && Number.isSafeInteger(Number(value));
}

/** Checks a value against its identifier type; returns the problem, or undefined when it fits. */
export function identifierProblem(type: IdentifierType, value: string): { problem: string; fix: string } | undefined {
	switch (type) {
		case 'EMAIL':
			return isEmail(value)
				? undefined
				: { problem: `"${value}" is not an email address`, fix: 'Enter an address such as nathan@example.com, or choose another identifier type.' };
		case 'MOBILE':
			return MOBILE_PATTERN.test(value)
				? undefined
				: {
						problem: `"${value}" is not a mobile number`,
						fix: 'Enter the number with its country code and digits only, e.g. 48505606707 or +48505606707.',
					};
		case 'ID':
			return isMappId(value)
				? undefined
				: { problem: `"${value}" is not a contact ID`, fix: 'A contact ID is the number Mapp assigned, e.g. 33457.' };
		default:
			return undefined;
	}
}

/** The identifier type and value pair (`<prefix>Type`, `<prefix>Value`), the value checked against its type. */
export function readIdentifier(
	context: IExecuteFunctions,
	itemIndex: number,
	prefix = 'identifier',
): ContactIdentifier {
	const type = context.getNodeParameter(`${prefix}Type`, itemIndex) as IdentifierType;
	const value = requiredString(context, `${prefix}Value`, itemIndex, 'Identifier Value');
	const problem = identifierProblem(type, value);
	if (problem) throw invalidParameter(context, itemIndex, 'Identifier Value', problem.problem, problem.fix);
	return { type, value };
}

/** A numeric Mapp ID parameter (message, group, contact). */
export function readMappId(context: IExecuteFunctions, name: string, itemIndex: number, label: string): string {
	const value = requiredString(context, name, itemIndex, label, `Enter the numeric ${label}, e.g. 23541.`);
	if (!isMappId(value)) {
		throw invalidParameter(context, itemIndex, label, `"${value}" is not a number`, `Enter the numeric ${label} from Mapp Engage, e.g. 23541.`);
	}
	return value;
}

/**
 * The value of a parameter as the editor holds it (list searches get no resolved parameters): a resource locator's
 * `value`, or the plain string of a workflow saved before the field was a locator.
 */
export function editorValue(raw: unknown): string {
	const value = raw !== null && typeof raw === 'object' && 'value' in raw ? (raw as { value: unknown }).value : raw;
	return value === undefined || value === null ? '' : String(value).trim();
}
