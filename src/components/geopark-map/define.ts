import { safeDefine } from '../../core/define.js';
import { JihaGeoparkMap } from './geopark-map.js';

safeDefine('jiha-geopark-map', JihaGeoparkMap);

export { JihaGeoparkMap };
export type { GeoparkCollection, GeoparkFeature, GeoparkStatus } from './places/parse-geoparks.js';
