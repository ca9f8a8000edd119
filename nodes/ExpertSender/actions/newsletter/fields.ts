import { messageLocator } from '../message/fields';

/** The newsletter Pause and Resume act on: a Newsletter message from the list, or its ID. */
export const newsletterLocator = messageLocator('newsletterId', 'Newsletter', 'searchNewsletters', 'The newsletter (a message of type Newsletter)');
