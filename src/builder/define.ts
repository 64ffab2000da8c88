import '../index.js';
import { safeDefine } from '../core/define.js';
import { JihaSnippetBuilder } from './snippet-builder.js';

safeDefine('jiha-snippet-builder', JihaSnippetBuilder);

export { JihaSnippetBuilder };
