// Copies the SVG icons next to the compiled nodes and credentials: n8n reads `file:` icons relative to the .js file.
const { src, dest, task } = require('gulp');

function copyIcons() {
	return src('icons/**/*.svg').pipe(dest('dist/icons'));
}

task('build:icons', copyIcons);
