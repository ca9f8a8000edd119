import * as fields from './fields';
import * as lists from './lists';

/** The node's dropdowns, one file per resource. */
export const loadOptions = { ...fields.loadOptions, ...lists.loadOptions };

export { getLists } from './lists';
