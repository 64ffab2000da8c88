/**
 * Several browsers of one engine, each showing one test page at a time, as
 * one @web/test-runner launcher. For the engines where two pages of one
 * browser do not both work as a user's page would:
 *   Firefox: of two windows, the one without the focus shows no
 *     :focus-visible after a key press; two headless Firefoxes each have
 *     their own focused window.
 *   WebKit: the webdriver launcher runs pages side by side in iframes, where
 *     pointer commands are refused; two MiniBrowsers, each on its own
 *     display, each with the keyboard focus (test/server/engines.mjs runs
 *     one today: see there why).
 * Every command that names a test session goes to the browser showing it;
 * each browser runs as with concurrency 1.
 */
export class PoolLauncher {
  /** `create()` makes one browser's launcher; `size` of them share the test files. */
  constructor(create, size) {
    this.launchers = Array.from({ length: size }, create);
    this.owner = new Map();
    this.busy = new Set();
    const first = this.launchers[0];
    this.type = first.type;
    // Commands that name a session (getPage, sendKeys, sendMouseClick, setViewport, ...) go to its browser.
    return new Proxy(this, {
      get(pool, property, receiver) {
        if (property in pool) return Reflect.get(pool, property, receiver);
        const value = first[property];
        if (typeof value !== 'function') return value;
        return (sessionId, ...rest) => pool.launcherOf(sessionId)[property](sessionId, ...rest);
      },
    });
  }

  get name() {
    return this.launchers[0].name;
  }

  async initialize(config, testFiles) {
    // One page at a time in each browser, whatever the run's concurrency; one after another (each may take an X display).
    for (const launcher of this.launchers) await launcher.initialize({ ...config, concurrency: 1 }, testFiles);
  }

  async stop() {
    await Promise.all(this.launchers.map((launcher) => launcher.stop()));
  }

  launcherOf(sessionId) {
    const launcher = this.owner.get(sessionId);
    if (!launcher) throw new Error(`No browser shows test session ${sessionId}`);
    return launcher;
  }

  /** The session of a test file goes to a browser showing none. */
  async startSession(sessionId, url) {
    const launcher = this.launchers.find((candidate) => !this.busy.has(candidate));
    if (!launcher)
      throw new Error(
        `All ${this.launchers.length} browsers are busy: the run's concurrency must be at most ${this.launchers.length}`,
      );
    this.busy.add(launcher);
    this.owner.set(sessionId, launcher);
    await launcher.startSession(sessionId, url);
  }

  async stopSession(sessionId) {
    const launcher = this.launcherOf(sessionId);
    try {
      return await launcher.stopSession(sessionId);
    } finally {
      this.owner.delete(sessionId);
      this.busy.delete(launcher);
    }
  }

  isActive(sessionId) {
    return this.owner.get(sessionId)?.isActive(sessionId) ?? false;
  }

  getBrowserUrl(sessionId) {
    return this.launcherOf(sessionId).getBrowserUrl(sessionId);
  }

  startDebugSession(sessionId, url) {
    return this.launchers[0].startDebugSession(sessionId, url);
  }
}
