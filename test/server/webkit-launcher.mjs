/**
 * WebKitGTK for @web/test-runner: Debian's MiniBrowser driven by
 * WebKitWebDriver (package webkit2gtk-driver) through
 * @web/test-runner-webdriver. MiniBrowser has no headless mode, so the
 * launcher starts its own Xvfb display (package xvfb) and its own
 * WebKitWebDriver on a free port, and stops both when the run ends.
 * One MiniBrowser session, one test file at a time (concurrency 1): the
 * pointer commands (sendMouse) need a top-level page, not the iframes the
 * webdriver launcher uses for concurrency above 1.
 *
 * WebDriver has no media feature emulation: MiniBrowser runs with the media
 * features of WEBKIT_MEDIA for the whole run (reduced motion through GTK's
 * own setting, gtk-enable-animations), and test/server/media-features-plugin.mjs
 * accepts a request for exactly those and refuses any other.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const WEBKIT_WEBDRIVER = '/usr/bin/WebKitWebDriver';
export const XVFB = '/usr/bin/Xvfb';

/** The media features MiniBrowser has for the whole run: reduced motion, as the suites want for interaction (no animation to wait for). */
export const WEBKIT_MEDIA = {
  'prefers-color-scheme': 'light',
  'forced-colors': 'none',
  'prefers-reduced-motion': 'reduce',
};

/**
 * Xvfb's screen, square. No window manager runs, so the X keyboard focus
 * follows the pointer, which stays at the screen's centre: MiniBrowser's
 * window is put there (see startSession), or its page never has the focus
 * (`document.hasFocus()` false, and no `:focus-visible` after a key press).
 * Large enough for the visual suite's 1300×1700 viewport to fit below and
 * right of the centre.
 */
const SCREEN = 4000;

/** Puppeteer's key names the tests use, as WebDriver key codes (the WebDriver spec's table). */
const WEBDRIVER_KEYS = { NumpadAdd: '\uE025', NumpadSubtract: '\uE027' };

/** A free TCP port on the loopback interface. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The first X display number with no server on it. */
function freeDisplay() {
  for (let display = 90; display < 200; display += 1) {
    if (!existsSync(`/tmp/.X11-unix/X${display}`) && !existsSync(`/tmp/.X${display}-lock`)) return display;
  }
  throw new Error('No free X display number between :90 and :199');
}

async function waitFor(check, what, ms = 15000) {
  const start = Date.now();
  for (;;) {
    if (await check()) return;
    if (Date.now() - start > ms) throw new Error(`WebKit launcher: ${what} did not come up within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

class WebKitLauncher extends WebdriverLauncher {
  constructor(options) {
    super(options);
    this.children = [];
  }

  async initialize(config, testFiles) {
    const env = { ...process.env };
    // GTK settings of our own: no animations (prefers-reduced-motion: reduce), whatever the user's desktop says.
    this.configHome = mkdtempSync(join(tmpdir(), 'jiha-webkit-'));
    mkdirSync(join(this.configHome, 'gtk-3.0'));
    writeFileSync(
      join(this.configHome, 'gtk-3.0', 'settings.ini'),
      '[Settings]\ngtk-enable-animations=false\ngtk-application-prefer-dark-theme=false\n',
    );
    env.XDG_CONFIG_HOME = this.configHome;
    // A display of our own: test windows never open on a contributor's desktop, and CI has none.
    const display = freeDisplay();
    this.spawnChild(XVFB, [`:${display}`, '-screen', '0', `${SCREEN}x${SCREEN}x24`, '-nolisten', 'tcp'], env);
    await waitFor(() => existsSync(`/tmp/.X11-unix/X${display}`), `Xvfb :${display}`);
    env.DISPLAY = `:${display}`;
    const port = await freePort();
    this.spawnChild(WEBKIT_WEBDRIVER, [`--port=${port}`], env);
    const status = async () => {
      try {
        return (await fetch(`http://127.0.0.1:${port}/status`)).ok;
      } catch {
        return false;
      }
    };
    await waitFor(status, `WebKitWebDriver on port ${port}`);
    this.options.hostname = '127.0.0.1';
    this.options.port = port;
    await super.initialize(config, testFiles);
  }

  spawnChild(command, args, env) {
    const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-2000);
    });
    child.on('exit', (code, signal) => {
      if (!this.stopping && code !== 0) process.stderr.write(`\n${command} exited (${code ?? signal}): ${stderr}\n`);
    });
    this.children.push(child);
    // Never leave a display or a driver behind, however the run ends.
    process.once('exit', () => child.kill());
    return child;
  }

  async stop() {
    this.stopping = true;
    await super.stop();
    for (const child of this.children.reverse()) child.kill();
    this.children = [];
    if (this.configHome) rmSync(this.configHome, { recursive: true, force: true });
  }

  /** Every test file starts in an 800×600 viewport, as in the puppeteer engines (@web/test-runner-chrome sets it). */
  async startSession(id, url) {
    await this.ensureManagerInitialized();
    if (!this.placed) {
      await this.driver.setWindowRect(SCREEN / 2 - 20, SCREEN / 2 - 20, null, null);
      this.placed = true;
    }
    await this.setViewport(id, 800, 600);
    return super.startSession(id, url);
  }

  /**
   * Sizes MiniBrowser's window so that its page gets `width`×`height` CSS
   * pixels: WebDriver sizes windows, frame included, so measure and correct.
   */
  async setViewport(_sessionId, width, height) {
    const inner = () => this.driver.execute(() => [window.innerWidth, window.innerHeight]);
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const [innerWidth, innerHeight] = await inner();
      if (innerWidth === width && innerHeight === height) return;
      const outer = await this.driver.getWindowSize();
      await this.driver.setWindowSize(outer.width + width - innerWidth, outer.height + height - innerHeight);
      // The X server resizes the window after the command returns; on a busy machine the page sees its new size
      // some frames later. Measuring at once would correct a size that is already on its way.
      for (let wait = 0; wait < 40; wait += 1) {
        const [nowWidth, nowHeight] = await inner();
        if (nowWidth !== innerWidth || nowHeight !== innerHeight) break;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    }
    const [innerWidth, innerHeight] = await inner();
    if (innerWidth !== width || innerHeight !== height)
      throw new Error(`WebKit: the viewport stays ${innerWidth}×${innerHeight}, not ${width}×${height}`);
  }

  /** The viewport as a PNG, base64 (test/server/screenshot-plugin.mjs cuts it). */
  takeViewportScreenshot(_sessionId) {
    return this.driver.takeScreenshot();
  }

  /** `press: 'Shift+Tab'` as a chord; puppeteer's numpad key names as WebDriver's. */
  sendKeys(sessionId, keys) {
    const mapped = keys
      .flatMap((key) => (key.length > 1 && key.includes('+') ? key.split('+') : [key]))
      .map((key) => WEBDRIVER_KEYS[key] ?? key);
    return super.sendKeys(sessionId, mapped);
  }
}

/** The launcher for web-test-runner.config.mjs. */
export function webkitLauncher() {
  return new WebKitLauncher({
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      // Classic WebDriver: WebKitWebDriver refuses webdriverio's default request for a BiDi socket.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    },
  });
}
