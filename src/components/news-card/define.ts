import { safeDefine } from '../../core/define.js';
import { JihaNewsCard } from './news-card.js';

safeDefine('jiha-news-card', JihaNewsCard);

export { JihaNewsCard };
export type { NewsCardVariant } from './news-card.js';
export type { Article } from './article-model.js';
