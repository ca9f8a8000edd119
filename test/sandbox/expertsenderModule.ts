/** What the ExpertSender emulator's own tests share: the module on a started sandbox, and request bodies as the API takes them. */
import { Sandbox } from '../../sandbox/framework';
import { EXPERTSENDER_API_KEY, ExpertSenderProvider } from '../../sandbox/providers/expertsender';

/** The namespaces every `<ApiRequest>` declares (typed values refer to `xs`). */
export const NS = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xs="http://www.w3.org/2001/XMLSchema"';

/** The sandbox key as XML text (it holds `&`, `<` and `>` on purpose). */
export const KEY = EXPERTSENDER_API_KEY.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A POST body: `<ApiRequest>` with the key first, then `children`. */
export const apiRequest = (children: string): string => `<ApiRequest ${NS}><ApiKey>${KEY}</ApiKey>${children}</ApiRequest>`;

/** A fresh module per test on one started sandbox; `base` is the API's root URL once the sandbox listens. */
export function useExpertSenderModule() {
	const provider = new ExpertSenderProvider();
	const sandbox = new Sandbox([provider]);
	const state = { provider, sandbox, base: '' };
	beforeAll(async () => {
		await sandbox.start();
		state.base = `${sandbox.url}/expertsender/v2/Api`;
	});
	afterAll(async () => await sandbox.stop());
	beforeEach(() => sandbox.reset());
	return state;
}
