import { safeDefine } from '../../core/define.js';
import { JihaIsoBadge } from './iso-badge.js';

safeDefine('jiha-iso-badge', JihaIsoBadge);

export { JihaIsoBadge };
export type { IsoBadgeVariant } from './iso-badge.js';
export type { Certificate } from './certificate.js';
export type { BadgeState } from './status.js';
export type { Clock } from './clock.js';
export { KNOWN_STANDARDS, parseStandard, standardReference, checkEdition } from './standards.js';
