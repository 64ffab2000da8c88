/**
 * After the library build (`vite build`), adds to dist/ the files for CMS
 * editors: embed.html with embed.js and embed.css, embed-resizer.js, and the
 * snippet builder in dist/builder/ (see vite.embed.config.ts). The library
 * build itself is unchanged; dist/ is not emptied.
 * JIHA_EMBED_PARTS=embed,resizer builds only those parts.
 */
import { copyFileSync, existsSync, renameSync } from 'node:fs';
import { build } from 'vite';

for (const part of (process.env.JIHA_EMBED_PARTS ?? 'embed,resizer,builder').split(',')) {
  process.env.JIHA_EMBED_PART = part;
  await build({ configFile: 'vite.embed.config.ts' });
}
copyFileSync('src/embed/embed.html', 'dist/embed.html');
copyFileSync('src/embed/embed.css', 'dist/embed.css');
if (existsSync('dist/builder/builder.html')) renameSync('dist/builder/builder.html', 'dist/builder/index.html');
