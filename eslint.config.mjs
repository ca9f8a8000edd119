// n8n's community-node lint rules, self-hosted configuration (the package has one runtime dependency,
// fast-xml-parser, so it is not eligible for n8n Cloud; see README "Compatibility").
import eslint from '@eslint/js';
import { n8nCommunityNodesPlugin } from '@n8n/eslint-plugin-community-nodes';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.n8n-cache/**'] },
	{
		files: ['**/*.ts'],
		extends: [eslint.configs.recommended, tseslint.configs.recommended],
		rules: { 'prefer-spread': 'off', 'no-console': 'error' },
	},
	{
		files: ['nodes/**/*.ts', 'credentials/**/*.ts'],
		extends: [n8nCommunityNodesPlugin.configs.recommendedWithoutN8nCloudSupport],
	},
	{
		files: ['credentials/**/*.ts'],
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: {
			...n8nNodesBase.configs.credentials.rules,
			// This older rule wants a camelCase slug; @n8n/community-nodes/credential-documentation-url (the current
			// one) wants a URL. The two cannot both pass; the URL is what n8n shows the user.
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
		},
	},
	{
		files: ['nodes/**/*.ts'],
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: {
			...n8nNodesBase.configs.nodes.rules,
			'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
			'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
			'n8n-nodes-base/node-param-type-options-max-value-present': 'off',
		},
	},
	{
		files: ['package.json'],
		languageOptions: { parser: tseslint.parser, parserOptions: { extraFileExtensions: ['.json'] } },
		plugins: { '@n8n/community-nodes': n8nCommunityNodesPlugin, 'n8n-nodes-base': n8nNodesBase },
		rules: {
			...n8nCommunityNodesPlugin.configs.recommendedWithoutN8nCloudSupport.rules,
			...n8nNodesBase.configs.community.rules,
			// The design card keeps fast-xml-parser as the one runtime dependency (self-hosted target).
			'@n8n/community-nodes/no-runtime-dependencies': 'off',
		},
	},
	{
		files: ['test/**/*.ts', 'sandbox/**/*.ts', 'scripts/**/*.ts'],
		rules: { 'no-console': 'off' },
	},
);
