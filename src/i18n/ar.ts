// السلاسل الثابتة للتقرير باللغة العربية.
// OUR TRANSLATION. These Arabic headings and labels were written for gcm-review; they are not
// official United Nations texts. The reference data has no official Arabic titles for the GCM
// objectives or guiding principles, nor an Arabic text of the Annex I questions: an Arabic report
// shows those in English (see src/model), never an Arabic version presented as official.
import type { Messages } from './en.js';

export const ar: Messages = {
  'lang.name': 'العربية',

  'gcm.name': 'الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية',
  'gcm.short': 'الاتفاق العالمي بشأن الهجرة',
  'gcm.resolution': 'قرار الجمعية العامة 73/195',

  'title.national': 'الاستعراض الوطني الطوعي',
  'title.stakeholder': 'مساهمة أحد أصحاب المصلحة في الاستعراض',
  'title.regional': 'مساهمة في الاستعراض الإقليمي',
  'title.subtitle': 'لتنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية',

  'cover.submitter': 'مقدَّم من',
  'cover.submitterType': 'الجهة المقدِّمة',
  'cover.category': 'فئة أصحاب المصلحة',
  'cover.cycle': 'دورة الاستعراض',
  'cover.region': 'المنطقة',
  'cover.date': 'التاريخ',
  'cover.status': 'الحالة',
  'cover.version': 'الإصدار',
  'cover.focalPoint': 'جهة الاتصال',
  'cover.languages': 'اللغات',
  'cover.generator': 'أُعِدّ باستخدام gcm-review {version}',

  'status.draft': 'مسودة',
  'status.final': 'نسخة نهائية',
  'watermark.draft': 'مسودة',
  'header.draft': 'مسودة: ليست للتعميم',
  'footer.page': 'الصفحة {page} من {pages}',

  'toc.title': 'المحتويات',
  'toc.page': 'الصفحة',

  'overview.title': 'لمحة عامة',
  'overview.coverage': 'الأهداف المشمولة بالاستعراض، حسب المائدة المستديرة',
  'overview.coverageSummary':
    'الأهداف المشمولة: {reported} من أصل 23؛ الأهداف التي يجيب فيها الاستعراض عن الأسئلة التوجيهية الخمسة كلها: {complete}.',
  'overview.questionsAnswered': 'الأسئلة التوجيهية المُجاب عنها: {n} من 5',
  'overview.notReported': 'غير مشمول',
  'overview.legendComplete': 'أُجيب عن الأسئلة الخمسة كلها',
  'overview.legendPartial': 'أُجيب عن بعض الأسئلة',
  'overview.legendNone': 'غير مشمول',
  'overview.supportChart': 'احتياجات الدعم حسب المجال والأولوية',
  'overview.supportChartNote': 'عدد احتياجات الدعم المذكورة في إطار السؤال (هـ)، للأهداف وللمبادئ التوجيهية.',
  'overview.supportMatrix': 'احتياجات الدعم حسب الهدف والمجال',
  'overview.supportNone': 'لا يحدّد هذا الاستعراض أي احتياجات للدعم.',
  'overview.objective': 'الهدف',
  'overview.principlesRow': 'المبادئ التوجيهية',
  'overview.total': 'المجموع',
  'overview.needs': 'عدد الاحتياجات: {n}',

  'roundtable.title': 'المائدة المستديرة {n}',
  'roundtable.objectives': 'الأهداف {list}',
  'roundtable.note': 'جُمعت الأهداف كما في الموائد المستديرة الأربع لمنتدى استعراض الهجرة الدولية الأول (2022).',

  'section.keyMessages': 'الرسائل الرئيسية',
  'section.nationalContext': 'السياق الوطني',
  'section.context': 'السياق',
  'section.methodology': 'المنهجية والعملية',
  'section.process': 'كيفية إعداد الاستعراض',
  'section.consultations': 'المشاورات المعقودة',
  'section.stakeholders': 'أصحاب المصلحة الذين جرت استشارتهم',
  'section.guidingQuestions': 'الأسئلة التوجيهية',
  'section.guidingQuestionsIntro':
    'يجيب الاستعراض، لكل هدف، عن الأسئلة التوجيهية الخمسة الواردة في المرفق الأول، وهي معروضة هنا بالصيغة المعدّة من أجل {who}:',
  'section.principles': 'المبادئ التوجيهية',
  'section.principlesIntro': 'كيف يطبّق الاستعراض والسياسات التي يصفها المبادئ التوجيهية الشاملة للاتفاق العالمي.',
  'section.objectives': 'تنفيذ الأهداف',
  'section.principleSupport': 'الدعم اللازم لتطبيق المبادئ التوجيهية',
  'section.nextSteps': 'الخطوات التالية',
  'section.annexes': 'المرفقات',
  'section.notReported': 'أهداف لا يتناولها هذا الاستعراض',
  'section.notReportedIntro': 'لا يقدّم هذا الاستعراض معلومات عن الأهداف التالية:',

  'who.national': 'الاستعراضات الوطنية',
  'who.stakeholder': 'مساهمات أصحاب المصلحة',
  'who.regional': 'العمليات والمنظمات الإقليمية',

  'objective.label': 'الهدف {n}',
  'objective.notAnswered': 'لم تُقدَّم إجابة.',
  'objective.nextSteps': 'الخطوات التالية',
  'objective.principlesApplied': 'المبادئ التوجيهية المطبَّقة:',
  'objective.draftMissing': 'ما زال يتعيّن تحرير: {list}.',

  'stats.caption': 'إحصاءات',
  'stats.indicator': 'المؤشر',
  'stats.value': 'القيمة',
  'stats.year': 'السنة',
  'stats.source': 'المصدر',
  'stats.disaggregation': 'التصنيف',

  'practice.label': 'ممارسة واعدة',
  'practice.partners': 'الشركاء',
  'practice.results': 'النتائج والدروس المستفادة',
  'practice.link': 'لمزيد من المعلومات',

  'support.area': 'المجال',
  'support.priority': 'الأولوية',
  'support.description': 'الدعم المطلوب',
  'support.principle': 'المبدأ التوجيهي',
  'support.priorityValue': 'الأولوية: {priority}',

  'consult.title': 'المشاورة',
  'consult.date': 'التاريخ',
  'consult.format': 'الشكل',
  'consult.participants': 'عدد المشاركين',
  'consult.stakeholders': 'أصحاب المصلحة المشاركون',
  'consult.summary': 'النتائج',

  'stakeholders.category': 'الفئة',
  'stakeholders.organizations': 'المنظمات',
  'stakeholders.description': 'طريقة المشاركة',

  'annex.link': 'الرابط',

  'contact.email': 'البريد الإلكتروني',
  'contact.phone': 'الهاتف',

  'note.officialTitlesInEnglish':
    'تُعرض العناوين الرسمية للأهداف والمبادئ التوجيهية ونص الأسئلة التوجيهية باللغة الإنكليزية، إذ لا يتضمن gcm-review ترجمة رسمية لها إلى العربية.',
  'note.languageFallback': 'النص متاح باللغة التالية فقط: {lang}.',

  // ---- issue 9 §3–5 (our translation)
  'plan.title': 'الخطة الوطنية للتنفيذ',
  'plan.adopted': 'تاريخ الاعتماد',
  'plan.link': 'النص الكامل',
  'plan.dimensions': 'المحاور',
  'plan.measures': 'التدابير والأهداف التي تخدمها',
  'plan.measure': 'التدبير',
  'plan.dimension': 'المحور',
  'plan.objectives': 'الأهداف',
  'plan.measuresOf': 'تدابير الخطة:',
  'scope.selected': 'يتناول هذا الاستعراض مجموعة مختارة من الأهداف.',
  'scope.all': 'يتناول هذا الاستعراض الأهداف الثلاثة والعشرين كلها.',
  'scope.reason': 'سبب اختيار هذه الأهداف',
  'objective.notReportedLine': 'لم يُتناول',
  'objective.notPriorityLine': 'ليس من أولويات هذا الاستعراض',
  'priority.label': 'الأولوية {rank}',
  'priority.orderNote': 'تأتي الأهداف المصنفة أولويات أولاً حسب ترتيب أولويتها، ثم تليها الأهداف الأخرى حسب رقمها.',
  'pledges.title': 'التعهدات',
  'pledges.intro': 'التعهدات المقدمة لمنتدى استعراض الهجرة الدولية ومدى التقدم في الوفاء بها.',
  'pledge.kind.individual': 'تعهد فردي',
  'pledge.kind.joint': 'تعهد مشترك',
  'pledge.status': 'الحالة',
  'pledge.status.announced': 'معلن',
  'pledge.status.in_progress': 'قيد التنفيذ',
  'pledge.status.fulfilled': 'تم الوفاء به',
  'pledge.status.discontinued': 'متوقف',
  'pledge.partners': 'الشركاء',
  'pledge.nature': 'الطبيعة',
  'pledge.objectives': 'الأهداف',
  'pledge.gcr': 'قُدِّم أيضاً في إطار الميثاق العالمي بشأن اللاجئين',
  'pledge.progress': 'التقدم المحرز',
  'pledge.link': 'لمزيد من المعلومات',
  'pledge.contact': 'جهة الاتصال',
  'progressDeclaration.title': 'متابعة إعلان التقدم المحرز',
  'progressDeclaration.intro':
    'متابعة إعلان التقدم المحرز الصادر عن المنتدى الأول لاستعراض الهجرة الدولية (قرار الجمعية العامة 76/266)، فقرة فقرة.',
  'progressDeclaration.paragraph': 'الفقرة {n}',
};

/**
 * Arabic labels for reference lists that src/reference carries in en/fr/es only (our translation,
 * as above). Objective and principle titles and Annex I question texts are deliberately absent.
 */
export const arReference = {
  submitterTypes: {
    member_state: 'دولة عضو',
    stakeholder: 'صاحب مصلحة',
    iscm: 'آلية تشاور بين الدول / عملية إقليمية',
    regional_organization: 'منظمة إقليمية',
  },
  supportAreas: {
    financing: 'التمويل',
    capacity_building: 'بناء القدرات',
    policy_advice: 'المشورة في مجال السياسات',
    data_collection_and_analysis: 'جمع البيانات وتحليلها',
    technology: 'التكنولوجيا',
    partnerships: 'الشراكات',
    other: 'مجالات أخرى',
  },
  priorities: { high: 'عالية', medium: 'متوسطة', low: 'منخفضة' },
  consultationFormats: {
    in_person: 'حضوري',
    online: 'عبر الإنترنت',
    hybrid: 'مختلط',
    written: 'مساهمات مكتوبة',
  },
  stakeholders: {
    migrants: 'المهاجرون',
    civil_society_organizations: 'منظمات المجتمع المدني',
    faith_based_organizations: 'المنظمات الدينية',
    trade_unions: 'النقابات العمالية',
    migrant_and_diaspora_organizations: 'منظمات المهاجرين والمغتربين',
    private_sector: 'جهات القطاع الخاص',
    local_authorities_and_communities: 'السلطات والمجتمعات المحلية',
    parliamentarians: 'البرلمانيون',
    national_human_rights_institutions: 'المؤسسات الوطنية لحقوق الإنسان',
    media: 'وسائط الإعلام',
    red_cross_red_crescent: 'الحركة الدولية للصليب الأحمر والهلال الأحمر',
    academia: 'الأوساط الأكاديمية',
  },
  cycles: {
    regional_review_1: 'الجولة الأولى من الاستعراضات الإقليمية للاتفاق العالمي (2020–2021)',
    imrf_2022: 'منتدى استعراض الهجرة الدولية الأول (2022)',
    regional_review_2: 'الجولة الثانية من الاستعراضات الإقليمية للاتفاق العالمي (2024–2025)',
    imrf_2026: 'منتدى استعراض الهجرة الدولية الثاني (2026)',
    regional_review_3: 'الجولة الثالثة من الاستعراضات الإقليمية للاتفاق العالمي (2028–2029)',
    imrf_2030: 'منتدى استعراض الهجرة الدولية الثالث (2030)',
  },
  regions: {
    ece: 'اللجنة الاقتصادية لأوروبا',
    escwa: 'اللجنة الاقتصادية والاجتماعية لغربي آسيا',
    escap: 'اللجنة الاقتصادية والاجتماعية لآسيا والمحيط الهادئ',
    eclac: 'اللجنة الاقتصادية لأمريكا اللاتينية ومنطقة البحر الكاريبي',
    eca: 'اللجنة الاقتصادية لأفريقيا',
  },
  /** Short question headings (our labels), not the Annex I question texts. */
  questionLabels: {
    a: 'حالة التنفيذ',
    b: 'إدماج المبادئ التوجيهية',
    c: 'أهم الثغرات والتحديات',
    d: 'الممارسات الواعدة والدروس المستفادة',
    e: 'المجالات التي تحتاج إلى دعم',
  },
  /** List letters (a)–(j) as Arabic documents write them. */
  letters: ['أ', 'ب', 'ج', 'د', 'هـ', 'و', 'ز', 'ح', 'ط', 'ي'],
} as const;
