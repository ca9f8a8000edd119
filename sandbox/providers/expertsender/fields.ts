/**
 * The Fields resource: `GET /v2/Api/Fields`, the account's custom subscriber fields in one answer,
 * `Data/Fields/Field{Id, Name, FriendlyName, Type}` (the elements zlebnik/pyexpertsender reads in
 * pyexpertsender/pyexpertsender.py, Fields.parse_xml; the types are those of the panel's "Custom fields" page,
 * help.expertsender.com/emp/custom-fields: Text, Number, Money, Date, Datetime, Boolean, …). The seed is FIELDS.
 */
import type { SandboxResponse } from '../../framework';
import type { EsAccount } from './account';
import { FIELDS, type EsField } from './fixtures';
import type { Route } from './routes';
import { reply } from './xml';

/** The account's custom fields (the seed after a reset); the subscriber checks read FIELDS, which is the same set. */
export function accountFields(account: EsAccount): EsField[] {
	return account.state('fields', () => FIELDS.map((field) => ({ ...field })));
}

/** Friendly names as the panel would show them: the seed has none of its own, so one is made from the name. */
function friendlyName(field: EsField): string {
	return field.name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (first) => first.toUpperCase());
}

export function getFields(account: EsAccount): SandboxResponse {
	return reply(200, {
		Fields: {
			Field: accountFields(account).map((field) => ({ Id: field.id, Name: field.name, FriendlyName: friendlyName(field), Type: field.type })),
		},
	});
}

/** This file's rows of the route table (index.ts). */
export const routes: Route[] = [{ method: 'GET', resource: 'Fields', id: 'none', handle: ({ account }) => getFields(account) }];
