import type { IExecuteFunctions } from 'n8n-workflow';

import { lookupTable } from '../../shared/lookupTable';
import { invalidParameter } from '../../shared/validation';
import { IDENTIFIER_FIELD, type ContactIdentifier, type ContactInput, type IdentifierType } from '../transport/model';
import { identifierProblem, readIdentifier } from './identifier';
import { readNameValues } from './values';

const STANDARD_LABEL: Record<string, string> = lookupTable({
	emailAddress: 'Email',
	mobileNumber: 'Mobile Number',
	applicationAlias: 'Application Alias',
	identifier: 'External Identifier',
});

/**
 * The contact to write: the identifier goes into the field that holds its kind, the standard attributes and the
 * name/value attributes follow. A standard attribute that contradicts the identifier is an input error.
 */
export function readContactInput(context: IExecuteFunctions, itemIndex: number): { identifier: ContactIdentifier; contact: ContactInput } {
	const identifier = readIdentifier(context, itemIndex);
	const standard = context.getNodeParameter('standardAttributes', itemIndex, {}) as Record<string, string>;
	const contact: ContactInput = { attributes: readNameValues(context, 'attributes', itemIndex, 'Attributes') };
	for (const [field, label] of Object.entries(STANDARD_LABEL)) {
		const raw = String(standard[field] ?? '');
		if (raw.trim() === '') continue;
		const type = (Object.keys(IDENTIFIER_FIELD) as IdentifierType[]).find((key) => IDENTIFIER_FIELD[key] === field)!;
		// Email and mobile number are checked and sent trimmed; an alias or external identifier is stored as given.
		const value = type === 'EMAIL' || type === 'MOBILE' ? raw.trim() : raw;
		const problem = identifierProblem(type, value);
		if (problem) throw invalidParameter(context, itemIndex, `Standard Attributes > ${label}`, problem.problem, problem.fix);
		contact[field as keyof Omit<ContactInput, 'attributes'>] = value;
	}
	const field = IDENTIFIER_FIELD[identifier.type] as keyof Omit<ContactInput, 'attributes'>;
	if (contact[field] !== undefined && contact[field]!.trim() !== identifier.value) {
		throw invalidParameter(
			context,
			itemIndex,
			`Standard Attributes > ${STANDARD_LABEL[field]}`,
			`"${contact[field]}" differs from the Identifier Value "${identifier.value}"`,
			'The identifier names the contact; remove the attribute or give it the same value.',
		);
	}
	contact[field] = identifier.value;
	return { identifier, contact };
}
