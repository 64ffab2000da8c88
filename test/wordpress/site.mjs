/**
 * A real WordPress for the plugin's tests: WordPress Playground's CLI
 * (PHP compiled to WebAssembly, pinned in .wordpress-test/) serving a
 * WordPress build from @wp-playground/wordpress-builds. Nothing is
 * downloaded at run time: the build's zip plus its public/ assets are laid
 * out as a WordPress tree and mounted with install-from-existing-files, and
 * the SQLite integration plugin ships inside the CLI package.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { writeMo } from '../../scripts/lib/gettext-mo.mjs';

export const TOOLS = path.resolve('.wordpress-test');
const BUILDS = path.join(TOOLS, 'node_modules/@wp-playground/wordpress-builds');
const CLI = path.join(TOOLS, 'node_modules/@wp-playground/cli/wp-playground.js');

/** Writes every file of a zip under `folder`, dropping `strip` leading path segments. */
function unzipInto(zipFile, folder, strip = 0) {
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(zipFile)))) {
    if (name.endsWith('/')) continue;
    const relative = name.split('/').slice(strip).join('/');
    const target = path.join(folder, relative);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
}

/**
 * A fresh WordPress tree for `version` (6.5, 6.4, …) with the packed plugin
 * (dist/wordpress/jiha-widgets.zip) in wp-content/plugins and the test's
 * must-use plugin. A `locale` gets an empty core catalogue in
 * wp-content/languages, so that WordPress accepts it as the site language
 * (it refuses a locale whose files are not installed).
 */
export function prepareSite(version, locale = '') {
  const root = path.join(TOOLS, 'sites', `wp-${version}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  unzipInto(path.join(BUILDS, 'src/wordpress', `wp-${version}.zip`), root);
  // The zips leave out static assets (the block editor's scripts among them) that Playground's browser build fetches; the package's public/ folder has them.
  cpSync(path.join(BUILDS, 'public', `wp-${version}`), root, { recursive: true });
  unzipInto(path.resolve('dist/wordpress/jiha-widgets.zip'), path.join(root, 'wp-content/plugins'));
  mkdirSync(path.join(root, 'wp-content/mu-plugins'), { recursive: true });
  cpSync(path.resolve('test/wordpress/mu-plugin.php'), path.join(root, 'wp-content/mu-plugins/jiha-test.php'));
  if (locale) {
    mkdirSync(path.join(root, 'wp-content/languages'), { recursive: true });
    writeFileSync(
      path.join(root, 'wp-content/languages', `${locale}.mo`),
      writeMo([{ context: null, id: '', text: `Language: ${locale}\n` }]),
    );
  }
  return root;
}

/** The PHP run once at boot: users (with application passwords), the plugin activated, the locale. */
function setupCode(locale) {
  return `<?php
ini_set( 'display_errors', '1' ); error_reporting( E_ALL );
define( 'WP_DEBUG', true );
define( 'WP_DISABLE_FATAL_ERROR_HANDLER', true );
require '/wordpress/wp-load.php';
$out = array();
$admin = get_user_by( 'login', 'admin' );
$made = WP_Application_Passwords::create_new_application_password( $admin->ID, array( 'name' => 'jiha-test' ) );
$out['admin'] = array( 'id' => $admin->ID, 'login' => 'admin', 'password' => 'password', 'app' => $made[0] );
foreach ( array( 'author', 'contributor' ) as $role ) {
  $id = wp_insert_user( array( 'user_login' => 'jiha_' . $role, 'user_pass' => 'jiha-' . $role . '-pass', 'role' => $role, 'user_email' => $role . '@example.org', 'display_name' => ucfirst( $role ) ) );
  $made = WP_Application_Passwords::create_new_application_password( $id, array( 'name' => 'jiha-test' ) );
  $out[ $role ] = array( 'id' => $id, 'login' => 'jiha_' . $role, 'password' => 'jiha-' . $role . '-pass', 'app' => $made[0], 'unfiltered_html' => user_can( $id, 'unfiltered_html' ) );
}
require_once ABSPATH . 'wp-admin/includes/plugin.php';
$activated = activate_plugin( 'jiha-widgets/jiha-widgets.php' );
$out['activated'] = ! is_wp_error( $activated );
update_option( 'WPLANG', ${JSON.stringify(locale)} );
file_put_contents( '/wordpress/wp-content/jiha-test-setup.json', wp_json_encode( $out ) );
`;
}

/**
 * Starts Playground on `port` serving `root`, with PHP `php`, and the given
 * site locale. Resolves when the server is ready: {url, setup, stop()}.
 */
export async function startSite({ root, port, php, locale = '' }) {
  const blueprint = path.join(root, '..', `blueprint-${path.basename(root)}.json`);
  writeFileSync(blueprint, JSON.stringify({ steps: [{ step: 'runPHP', code: setupCode(locale) }] }));
  const child = spawn(
    process.execPath,
    [
      CLI,
      'server',
      `--port=${port}`,
      `--php=${php}`,
      `--mount-before-install=${root}:/wordpress`,
      '--wordpress-install-mode=install-from-existing-files',
      `--blueprint=${blueprint}`,
      '--workers=1',
    ],
    { cwd: TOOLS, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  process.on('exit', () => child.kill('SIGKILL'));
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Playground did not start in 180 s:\n${log}`)), 180_000);
    const read = (chunk) => {
      log += chunk;
      if (/Ready! WordPress is running/.test(log)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Playground exited (${code}):\n${log}`));
    });
  });
  await ready;
  // Playground answers its first request with a redirect (its auto-login check); take it here.
  await fetch(`http://127.0.0.1:${port}/`);
  const setup = JSON.parse(readFileSync(path.join(root, 'wp-content/jiha-test-setup.json'), 'utf8'));
  return {
    url: `http://127.0.0.1:${port}`,
    setup,
    log: () => log,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.removeAllListeners('exit');
        child.on('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
}
