import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/**
 * Builds the framework fixture apps (tests/fixtures/apps) before the end-to-end tests: each app is
 * server-rendered to HTML (React's renderToString, preact-render-to-string) and its client bundle,
 * which hydrates that HTML, is written beside it in tests/fixtures/apps/dist (git-ignored), where the
 * fixture server serves it as apps/dist/<name>.html.
 */
const APPS_DIR = fileURLToPath(new URL('../fixtures/apps/', import.meta.url));
const DIST_DIR = join(APPS_DIR, 'dist');

interface AppBuild {
  /** Folder under tests/fixtures/apps with client.jsx and server.jsx. */
  app: string;
  /** Name of the page and bundle in dist/. */
  name: string;
  title: string;
  jsxImportSource: string;
  production: boolean;
  /**
   * Id of the element the app hydrates. `root` is a mount point Konteks recognises (it then marks
   * with highlights); another id stands for an app it does not recognise, which it wraps.
   */
  mountId: string;
}

export const APP_BUILDS: readonly AppBuild[] = [
  {
    app: 'react-news',
    name: 'react-news',
    title: 'React news',
    jsxImportSource: 'react',
    production: false,
    mountId: 'root',
  },
  {
    app: 'react-news',
    name: 'react-news-prod',
    title: 'React news (production build)',
    jsxImportSource: 'react',
    production: true,
    mountId: 'root',
  },
  {
    app: 'react-news',
    name: 'react-news-wrapped',
    title: 'React news (unrecognised mount point)',
    jsxImportSource: 'react',
    production: false,
    mountId: 'story',
  },
  {
    app: 'preact-news',
    name: 'preact-news',
    title: 'Preact news',
    jsxImportSource: 'preact',
    production: false,
    mountId: 'root',
  },
];

export default async function globalSetup(): Promise<void> {
  await mkdir(DIST_DIR, { recursive: true });
  const template = await readFile(join(APPS_DIR, 'shared', 'page.html'), 'utf8');
  for (const target of APP_BUILDS) await buildApp(target, template);
}

async function buildApp(target: AppBuild, template: string): Promise<void> {
  const mode = target.production ? 'production' : 'development';
  // tsconfigRaw: the repo's tsconfig.json sets Preact's JSX, which would win over the option for React.
  const jsx = { jsx: 'automatic', jsxImportSource: target.jsxImportSource, tsconfigRaw: {} } as const;
  await build({
    ...jsx,
    entryPoints: [join(APPS_DIR, target.app, 'client.jsx')],
    outfile: join(DIST_DIR, `${target.name}.js`),
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    minify: target.production,
    define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
    logLevel: 'warning',
  });
  const serverFile = join(DIST_DIR, `${target.name}.server.mjs`);
  await build({
    ...jsx,
    entryPoints: [join(APPS_DIR, target.app, 'server.jsx')],
    outfile: serverFile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  // A query string per build: Node caches modules by URL, and globalSetup may run twice in one process.
  const server = (await import(`${pathToFileURL(serverFile).href}?t=${Date.now()}`)) as { render(): string };
  const html = template
    .replace('__TITLE__', target.title)
    .replace('__MOUNT_ID__', target.mountId)
    .replace('__SCRIPT__', `${target.name}.js`)
    .replace('__APP__', () => server.render());
  await writeFile(join(DIST_DIR, `${target.name}.html`), html);
}
