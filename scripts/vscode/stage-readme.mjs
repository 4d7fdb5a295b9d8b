// The VSIX's README: the repository's README with its screenshots (docs/screenshots/*.png) and
// its links to other files of the repository named, not linked: vsce refuses relative images and
// links without a public repository URL, and those files are not in the VSIX.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const readme = readFileSync('README.md', 'utf8');
const image = /!\[([^\]]*)\]\((?!https?:)([^)\s]+)\)/g;
const link = /(?<!!)\[([^\]]+)\]\((?!https?:|#|mailto:)([^)\s]+)\)/g;
const staged = readme
  .replace(image, (_, alt, path) => `*${alt} (screenshot in the repository: \`${path}\`)*`)
  .replace(link, (_, text, path) => `${text} (\`${path}\` in the repository)`);
mkdirSync('dist', { recursive: true });
writeFileSync(join('dist', 'README.vsix.md'), staged);
