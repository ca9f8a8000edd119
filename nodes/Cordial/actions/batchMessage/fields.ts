import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { invalidParameter, isEmail, jsonObjectParameter } from '../../../shared/validation';
import { compact, isIso8601, splitList } from '../common';

export const channelField: INodeProperties = {
	displayName: 'Channel',
	name: 'channel',
	type: 'string',
	default: 'email',
	placeholder: 'email',
	description: 'The messaging channel key, e.g. email, sms or push; some accounts have custom channel keys',
};

export const classificationField: INodeProperties = {
	displayName: 'Classification',
	name: 'classification',
	type: 'options',
	options: [
		{ name: 'Promotional', value: 'promotional', description: 'Goes only to subscribed contacts' },
		{ name: 'Transactional', value: 'transactional', description: 'Not allowed for SMS' },
	],
	default: 'promotional',
};

/** The message headers and content (Message/Headers and Message/Content in the seed). */
export const contentFields: INodeProperties[] = [
	{
		displayName: 'Subject',
		name: 'subject',
		type: 'string',
		default: '',
		description: 'The subject line; required for e-mail',
	},
	{
		displayName: 'From Email',
		name: 'fromEmail',
		type: 'string',
		default: '',
		placeholder: 'news@myco.io',
		description: 'The sender address; required for e-mail',
	},
	{
		displayName: 'From Description',
		name: 'fromDesc',
		type: 'string',
		default: '',
		placeholder: 'MyCo Team',
		description: 'The sender name shown to the recipient; required for e-mail',
	},
	{
		displayName: 'Reply Email',
		name: 'replyEmail',
		type: 'string',
		default: '',
		placeholder: 'reply@myco.io',
		description: 'Where replies go; required for e-mail',
	},
	{
		displayName: 'HTML Content',
		name: 'html',
		type: 'string',
		typeOptions: { rows: 5 },
		default: '',
		placeholder: '<div>content</div>',
		description: 'The message markup (Cordial\'s text/html content), which may use Smarty such as {$contact.first_name}',
	},
];

/** The optional settings of a batch message (Create's "Additional Fields"; also part of Update's fields). */
export const settingFields: INodeProperties[] = [
	{
		displayName: 'Audience Key',
		name: 'audienceKey',
		type: 'string',
		default: '',
		placeholder: '30_day_engaged',
		description: 'A saved audience rule; leave empty to send to all contacts. Do not combine with Audience Rules.',
	},
	{
		displayName: 'Audience Rules (JSON)',
		name: 'audienceRules',
		type: 'json',
		default: '{}',
		description: 'An audience rule object with an "include" part, instead of a saved audience key',
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		placeholder: 'Jan_Newsletter_2018',
		description: 'A name for the message',
	},
	{
		displayName: 'Schedule',
		name: 'schedule',
		type: 'string',
		default: '',
		placeholder: '2026-01-09T22:47:12+00:00',
		description: 'When to send, in ISO 8601 and in the future; Send then schedules the message instead of sending it at once',
	},
	{
		displayName: 'Schedule Type',
		name: 'scheduleType',
		type: 'options',
		options: [
			{ name: 'Account Time Zone', value: 'account', description: 'The schedule is read in the account\'s default time zone' },
			{ name: 'Contact Time Zone', value: 'contactTZ', description: 'Each contact receives it at the scheduled time of their own time zone' },
		],
		default: 'account',
	},
	{
		displayName: 'Tags',
		name: 'tags',
		type: 'string',
		default: '',
		placeholder: 'birthday, promo',
		description: 'Comma-separated tags (case-sensitive)',
	},
	{
		displayName: 'Tests',
		name: 'tests',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		description: 'Deliverability tests to run, such as 250ok',
		options: [
			{
				displayName: 'Test',
				name: 'test',
				values: [
					{ displayName: 'Type', name: 'type', type: 'string', default: '250ok', description: 'The test to run' },
					{ displayName: 'Enabled', name: 'enabled', type: 'boolean', default: true, description: 'Whether the test is enabled' },
				],
			},
		],
	},
	{
		displayName: 'Track Links',
		name: 'trackLinks',
		type: 'options',
		options: [
			{ name: 'Disabled', value: 'disabled' },
			{ name: 'Enabled', value: 'enabled' },
		],
		default: 'enabled',
		description: 'Whether link performance is tracked',
	},
	{
		displayName: 'Transport ID',
		name: 'transportId',
		type: 'string',
		default: '',
		placeholder: '57d098b66c8766fd53ad19d7',
		description: 'Overrides the account\'s default transport',
	},
];

/**
 * Builds the `MessageSend` body from the values the user set. `complete` (Create) requires what the seed marks
 * required; Update sends only the given fields.
 */
export function batchMessageBody(
	context: IExecuteFunctions,
	itemIndex: number,
	values: IDataObject,
	complete: boolean,
	/** Where Audience Rules lives, for reading it as JSON. */
	audienceRulesParameter: string,
): IDataObject {
	const text = (key: string) => (values[key] === undefined ? undefined : String(values[key]).trim());
	const channel = text('channel');
	if (complete && !channel) {
		throw invalidParameter(context, itemIndex, 'Channel', 'is empty', 'Enter the channel key, e.g. email or sms.');
	}
	if (channel && !/^[A-Za-z0-9_-]+$/.test(channel)) {
		throw invalidParameter(context, itemIndex, 'Channel', `"${channel}" is not a channel key`, 'Enter a channel key such as email or sms.');
	}
	const classification = text('classification');
	if (complete && !classification) {
		throw invalidParameter(context, itemIndex, 'Classification', 'is empty', 'Choose Promotional or Transactional.');
	}
	// Values the pickers (Classification, Track Links, Schedule Type) do not list are refused by the router.
	const trackLinks = text('trackLinks') || undefined;
	const scheduleType = text('scheduleType') || undefined;
	// Cordial's error-key table: SMS batch messages must be promotional.
	if (channel === 'sms' && classification === 'transactional') {
		throw invalidParameter(context, itemIndex, 'Classification', 'an SMS batch message cannot be transactional', 'Set "Classification" to Promotional for SMS messages.');
	}
	const audienceKey = text('audienceKey') || undefined;
	let audience: IDataObject | undefined;
	if (values.audienceRules !== undefined) {
		audience = jsonObjectParameter(context, audienceRulesParameter, itemIndex, 'Audience Rules (JSON)');
		if (Object.keys(audience).length === 0) audience = undefined;
		else if (audience.include === undefined) {
			throw invalidParameter(context, itemIndex, 'Audience Rules (JSON)', 'has no "include" rule', 'Give the rule object an "include" part, or use a saved Audience Key instead.');
		}
	}
	if (audience && audienceKey) {
		throw invalidParameter(context, itemIndex, 'Audience Key', 'both an audience key and audience rules are given', 'Use either "Audience Key" or "Audience Rules (JSON)", not both.');
	}
	const schedule = text('schedule') || undefined;
	if (schedule && !isIso8601(schedule)) {
		throw invalidParameter(context, itemIndex, 'Schedule', `"${schedule}" is not an ISO 8601 date and time`, 'Enter it as 2026-01-09T22:47:12+00:00 (a zone is optional).');
	}
	for (const [key, label] of [['fromEmail', 'From Email'], ['replyEmail', 'Reply Email']] as const) {
		const address = text(key);
		if (address && !isEmail(address)) {
			throw invalidParameter(context, itemIndex, label, `"${address}" is not an e-mail address`, 'Enter an address such as news@myco.io.');
		}
	}
	const headers = compact({
		subject: text('subject') || undefined,
		fromEmail: text('fromEmail') || undefined,
		fromDesc: text('fromDesc') || undefined,
		replyEmail: text('replyEmail') || undefined,
	});
	const html = values.html === undefined || values.html === '' ? undefined : String(values.html);
	if (complete) {
		const missing: string[] = [];
		if (channel === 'email') {
			for (const [key, label] of [['subject', 'Subject'], ['fromEmail', 'From Email'], ['fromDesc', 'From Description'], ['replyEmail', 'Reply Email']]) {
				if (headers[key] === undefined) missing.push(label);
			}
		}
		if (html === undefined) missing.push('HTML Content');
		if (missing.length) {
			throw invalidParameter(context, itemIndex, missing[0], 'is empty', `A batch message needs ${missing.join(', ')}${channel === 'email' ? ' (all four headers are required for e-mail)' : ''}.`);
		}
	}
	const tests = ((values.tests as IDataObject | undefined)?.test as IDataObject[] | undefined)?.map((test, index) => {
		const type = String(test.type ?? '').trim();
		if (!type) throw invalidParameter(context, itemIndex, `Tests ${index + 1}: Type`, 'is empty', 'Enter the test type, e.g. 250ok.');
		return { type, enabled: test.enabled !== false };
	});
	const message: IDataObject = {};
	if (Object.keys(headers).length) message.headers = headers;
	if (html !== undefined) message.content = { 'text/html': html };
	return compact({
		channel: channel || undefined,
		classification: classification || undefined,
		name: text('name') || undefined,
		tags: splitList(values.tags).length ? splitList(values.tags) : undefined,
		audience,
		'audience-key': audienceKey,
		schedule,
		// "Account Time Zone" is Cordial's default when scheduleType is left out.
		scheduleType: scheduleType === 'contactTZ' ? 'contactTZ' : undefined,
		transportID: text('transportId') || undefined,
		trackLinks,
		message: Object.keys(message).length ? message : undefined,
		tests: tests?.length ? tests : undefined,
	});
}
