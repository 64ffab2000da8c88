import { safeDefine } from '../../core/define.js';
import { JihaCooperationTimeline } from './cooperation-timeline.js';

safeDefine('jiha-cooperation-timeline', JihaCooperationTimeline);

export { JihaCooperationTimeline };
export type { TimelineLayout } from './cooperation-timeline.js';
export type { Timeline, TimelineEvent, TimelinePartner, Category } from './model.js';
