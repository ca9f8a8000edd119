import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { csvRows } from '../../transport/activities';
import { bounceReasonProperty, bounceTypeProperty, channelProperty } from '../../trigger/description';
import { CHANNELS, dayProperty, limited, pagingProperties, readChoice, readLimit, readPeriod } from './common';

// Rows are five flat columns (Date, Email, BounceCode, BounceReason, BounceType): nothing for a Simplify to leave out.
const properties: INodeProperties[] = [
	dayProperty('Start Date', 'startDate', true, 'First day of the period, in the business unit\'s time zone'),
	dayProperty('End Date', 'endDate', true, 'Last day of the period, in the business unit\'s time zone'),
	channelProperty,
	bounceReasonProperty,
	bounceTypeProperty,
	...pagingProperties,
];

export const description = updateDisplayOptions({ show: { resource: ['activity'], operation: ['getBounces'] } }, properties);

/** "Get bounces list" (help.expertsender.com): `GET /v2/Api/Bounces?startDate&endDate&channel&bounceReason&bounceType`. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const qs: IDataObject = { ...readPeriod(this, itemIndex, true), channel: readChoice(this, itemIndex, 'channel', 'Channel', CHANNELS, 'Email') };
	const reason = readChoice(this, itemIndex, 'bounceReason', 'Bounce Reason', ['', '1', '2', '3', '6', '7'], '');
	const type = readChoice(this, itemIndex, 'bounceType', 'Bounce Type', ['', '1', '2', '3'], '');
	if (reason) qs.bounceReason = reason;
	if (type) qs.bounceType = type;
	const limit = readLimit(this, itemIndex);
	return limited(await csvRows.call(this, 'Bounces', { operation: 'Get Bounces', itemIndex, qs }), limit);
}
