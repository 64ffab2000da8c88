import { safeDefine } from '../../core/define.js';
import { JihaNewsList } from './news-list.js';

safeDefine('jiha-news-list', JihaNewsList);

export { JihaNewsList };
export type { FeedPage } from './feed-model.js';
