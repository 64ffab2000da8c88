
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'error.fetch-failed.advice': `تحقّق من العنوان في src ومن أنّ الخادم يسمح لهذا الموقع بقراءته.`,
'error.fetch-failed.title': `تعذّر تنزيل البيانات.`,
'error.http-status.advice': `تحقّق من صحة العنوان في src ومن أنّ الملف منشور.`,
'error.http-status.title': `أجاب الخادم بخطأ.`,
'error.invalid-data.advice': `قارن البيانات بالصيغة المشروحة في الدليل وصحّح الحقل المذكور أدناه.`,
'error.invalid-data.title': `البيانات لا تتضمّن الحقول المنتظرة.`,
'error.invalid-json.advice': `تحقّق من JSON الملصق: قد تنقصه فاصلة أو علامة تنصيص أو قوس.`,
'error.invalid-json.title': `البيانات ليست بصيغة JSON صحيحة.`,
'error.timeout.advice': `أعد المحاولة لاحقًا، أو ارفع قيمة الخاصية timeout.`,
'error.timeout.title': `تأخّر الخادم كثيرًا في الإجابة.`,
'error.unsupported-format.advice': `استعمل إحدى الصيغ المذكورة في الدليل.`,
'error.unsupported-format.title': `صيغة البيانات هذه غير مدعومة.`,
'news.meta.author': `الكاتب:`,
'news.meta.dateline': `المكان:`,
'news.meta.source': `المصدر:`,
'news.tags': `الوسوم`,
'news.views.=0': `لا مشاهدات`,
'news.views.=1': `مشاهدة واحدة`,
'news.views.=2': `مشاهدتان`,
'news.views.few': str`${0} مشاهدات`,
'news.views.many': str`${0} مشاهدة`,
'news.views.one': str`${0} مشاهدة`,
'news.views.other': str`${0} مشاهدة`,
'state.loading': `جارٍ التحميل…`,
    };
  