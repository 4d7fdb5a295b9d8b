// The VSIX's README: the repository's README with its screenshots (docs/screenshots/*.png,
// relative images, which vsce refuses without a public repository URL and which are kept out
// of the VSIX to keep it small) replaced by a line naming the image.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const readme = readFileSync('README.md', 'utf8');
const image = /!\[([^\]]*)\]\((?!https?:)([^)\s]+)\)/g;
const staged = readme.replace(image, (_, alt, path) => `*${alt} (screenshot in the repository: \`${path}\`)*`);
mkdirSync('dist', { recursive: true });
writeFileSync(join('dist', 'README.vsix.md'), staged);
