
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'error.fetch-failed.advice': `ⵙⵙⵉⵡⵍ ⴰⵏⵙⴰ ⴳ src, ⴷ ⵎⴰⵙ ⵉⵜⵜⴰⵊⵊⴰ ⵓⵎⵙⵙⵓⴷⵙ ⵉ ⵡⴰⵙⵉⵜ ⴰⴷ ⴰⴷ ⵜ ⵉⵖⵔ.`,
'error.fetch-failed.title': `ⵓⵔ ⵜⵣⵎⵉⵔ ⴰⴷ ⵜⵙⴰⴳⵎ ⵉⵙⴼⴽⴰ.`,
'error.http-status.advice': `ⵙⵙⵉⵡⵍ ⵎⴰⵙ ⵉⵚⵃⴰ ⵓⵏⵙⴰ ⴳ src, ⴷ ⵎⴰⵙ ⵉⵜⵜⵓⵙⵙⵓⴼⵖ ⵓⴼⴰⵢⵍⵓ.`,
'error.http-status.title': `ⵉⵔⴰⵔ ⵓⵎⵙⵙⵓⴷⵙ ⵙ ⵜⵣⴳⵍⵜ.`,
'error.invalid-data.advice': `ⵙⵎⵙⴰⵙⴰ ⵉⵙⴼⴽⴰ ⴷ ⵜⴰⵍⵖⴰ ⵏ ⵓⵎⵏⴰⴷ, ⵜⵙⵖⵓⴷⴷ ⴰⵢⴳⵔ ⵏⵏⴰ ⵉⵍⵍⴰⵏ ⴷⴷⴰⵡ.`,
'error.invalid-data.title': `ⵉⵙⴼⴽⴰ ⵓⵔ ⵖⵓⵔⵙⵏ ⵉⴳⵔⴰ ⵉⵜⵜⵓⵔⴰⵔⵏ.`,
'error.invalid-json.advice': `ⵙⵙⵉⵡⵍ JSON ⵏⵏⴰ ⵜⵙⵔⵙⴷ: ⵉⵣⵎⵔ ⴰⴷ ⵉⵅⵚⵚ ⵢⴰⵏ ⵓⵙⵙⴽⵏ, ⵏⵖ ⵜⴰⵏⵇⵇⵉⴹⵜ ⵏⵖ ⵜⴰⵡⵏⴳⵉⵎⵜ.`,
'error.invalid-json.title': `ⵉⵙⴼⴽⴰ ⵓⵔ ⴷ JSON ⵉⵚⵃⴰⵏ.`,
'error.timeout.advice': `ⴰⵍⵙ ⴰⵔⵎ ⴷⴼⴼⵉⵔ, ⵏⵖ ⵙⵙⵉⵍⵉ ⴰⵣⴰⵍ ⵏ timeout.`,
'error.timeout.title': `ⵉⵙⵙⵖⵣⵍ ⵓⵎⵙⵙⵓⴷⵙ ⴰⵟⵟⴰⵙ ⴰⴷ ⵢⴰⵔⵓ.`,
'error.unsupported-format.advice': `ⵙⵙⵎⵔⵙ ⵢⴰⵜ ⵙⴳ ⵜⴰⵍⵖⵉⵡⵉⵏ ⵏⵏⴰ ⵉⵍⵍⴰⵏ ⴳ ⵓⵎⵏⴰⴷ.`,
'error.unsupported-format.title': `ⵜⴰⵍⵖⴰ ⴰⴷ ⵏ ⵉⵙⴼⴽⴰ ⵓⵔ ⵜⵜⵓⵙⵏⴼⵍ.`,
'news.meta.author': `ⴰⵎⴰⵔⵓ:`,
'news.meta.dateline': `ⴰⴷⵖⴰⵔ:`,
'news.meta.source': `ⴰⵖⴱⴰⵍⵓ:`,
'news.tags': `ⵜⵉⴳⵣⵎⵉⵡⵉⵏ ⵜⵉⵏⵎⵓⴽⴰⵙ`,
'news.views.=0': `0 ⵜⵉⵥⵕⵉ`,
'news.views.=1': `1 ⵜⵉⵥⵕⵉ`,
'news.views.=2': `2 ⵜⵉⵥⵕⵉⵜⵉⵏ`,
'news.views.few': str`${0} ⵜⵉⵥⵕⵉⵜⵉⵏ`,
'news.views.many': str`${0} ⵜⵉⵥⵕⵉⵜⵉⵏ`,
'news.views.one': str`${0} ⵜⵉⵥⵕⵉ`,
'news.views.other': str`${0} ⵜⵉⵥⵕⵉⵜⵉⵏ`,
'state.loading': `ⴰⵙⴰⵍⵉ…`,
    };
  