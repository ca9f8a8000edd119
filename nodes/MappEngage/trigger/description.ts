import type { INodeProperties } from 'n8n-workflow';

import { collectionProperty, lateEventWindowOption } from '../../shared/descriptions';

/**
 * The event types of Mapp's Response Queue, `GET /async/pollByRange` (docs.mapp.com/apidocs/async, pollByRange:
 * "allMessages [… consolidates all types below except for sentToMta], linkClick, mtaResponse, smsResponse, readTrack,
 * forwardTrack, conversion, skipTracking, sendTransactional, unsubscribe, sentToMta [… must be called separately]").
 * The descriptions follow Mapp's "Response Queue Service" page (bounces, clicks, forwards, skips, renders/opens,
 * conversions, unsubscribes; Sent to MTA).
 */
export const RESPONSE_TYPES = [
	{ name: 'All Messages', value: 'allMessages', description: 'Every event type below except Sent to MTA' },
	{ name: 'Conversion', value: 'conversion', description: 'Conversions (transactional tracking data)' },
	{ name: 'Forward', value: 'forwardTrack', description: 'A message was forwarded' },
	{ name: 'Link Click', value: 'linkClick', description: 'A contact clicked a link in a message' },
	{ name: 'MTA Response (Bounce)', value: 'mtaResponse', description: 'Bounces and other answers of the receiving mail server' },
	{ name: 'Read (Open/Render)', value: 'readTrack', description: 'A message was opened (rendered)' },
	{ name: 'Send Transactional', value: 'sendTransactional', description: 'A transactional message was sent' },
	{ name: 'Sent to MTA', value: 'sentToMta', description: 'A message was handed to the mail server; not included in All Messages' },
	{ name: 'Skip', value: 'skipTracking', description: 'A contact was skipped in a sendout' },
	{ name: 'SMS Response', value: 'smsResponse', description: 'SMS delivery reports and inbound SMS' },
	{ name: 'Unsubscribe', value: 'unsubscribe', description: 'A contact unsubscribed' },
];

/** "Up to 20,000 responses per retrieval" (Mapp's "Response Queue Service" page). */
export const MAX_LIMIT = 20_000;

/** "A maximum of 30 calls per hour per method" (Mapp's "Best Practices for Response Queue"). */
export const CALLS_PER_HOUR = 30;

export const properties: INodeProperties[] = [
	{
		displayName:
			`Mapp allows at most ${CALLS_PER_HOUR} Response Queue calls per hour per method. Each poll makes one call per event type (one for All Messages): with one type, poll every 2 minutes or less often; with two, every 4 minutes. A manual test run may make up to 4 calls per type. The Response Queue must be enabled for your account by Mapp, and is always read over the REST API (/async/pollByRange), also for accounts the Mapp Engage node uses over SOAP.`,
		name: 'rateNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Event Types',
		name: 'types',
		type: 'multiOptions',
		required: true,
		default: ['allMessages'],
		description: 'The Response Queue event types that start the workflow; each costs one call per poll',
		options: RESPONSE_TYPES,
	},
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description:
			'Whether to return each event as one flat object (queueId, eventType and every output name as a field, e.g. response_type, date_time, user_email, sendout_id) instead of Mapp\'s raw queueId and output name/value list',
	},
	collectionProperty('options', [
		lateEventWindowOption('Mapp'),
		{
			displayName: 'Max Events per Call',
			name: 'maxEventsPerCall',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: MAX_LIMIT },
			default: MAX_LIMIT,
			description: `The limit of each Response Queue call (at most ${MAX_LIMIT}). When a call returns this many, the rest is read on the next poll.`,
		},
	]),
];
