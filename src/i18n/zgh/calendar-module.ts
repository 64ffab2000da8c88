import { lazyModule } from '../../core/lazy-module.js';

/**
 * The Tamazight month and weekday names, loaded with the Tamazight strings
 * (localize.ts); until they arrive, format.ts formats Tamazight as Intl does.
 */
export const zghCalendar = lazyModule('Tamazight calendar', () => import('./calendar.js'));
