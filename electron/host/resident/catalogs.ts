/**
 * The residents' page in every language it speaks: English and Spanish always, and the town hall's
 * other languages where a catalog exists here. Keys are the same in each; `{n}` is a number.
 */
export interface ResidentCatalog {
  name: string;
  dir: 'ltr' | 'rtl';
  title: string;
  intro: string;
  question: string;
  topic: string;
  area: string;
  none: string;
  send: string;
  sent: string;
  waiting: string;
  shownTitle: string;
  nothingShown: string;
  meToo: string;
  meTooDone: string;
  raised: string;
  charsLeft: string;
  /** Shown instead of charsLeft once the text is over the limit. */
  charsOver: string;
  empty: string;
  tooLong: string;
  tooLarge: string;
  rateLimited: string;
  closed: string;
  /** An unknown code: mistyped, replaced, or its room closed (the page cannot tell which). */
  badCode: string;
  invalid: string;
  noSuchQuestion: string;
  language: string;
}

export const RESIDENT_CATALOGS: Record<string, ResidentCatalog> = {
  en: {
    name: 'English',
    dir: 'ltr',
    title: 'Ask a question',
    intro: 'Your question goes to the moderator and appears below once they show it. You do not need to give your name.',
    question: 'Your question',
    topic: 'Topic (optional)',
    area: 'Community area (optional)',
    none: '—',
    send: 'Send question',
    sent: 'Sent. The moderator will see it.',
    waiting: 'Not sent yet: no connection. It will be sent when the connection is back ({n} waiting).',
    shownTitle: 'Questions in the room',
    nothingShown: 'No questions are shown yet.',
    meToo: 'Me too',
    meTooDone: 'You said me too',
    raised: '{n} raised',
    charsLeft: '{n} characters left',
    charsOver: '{n} characters too many: please shorten it.',
    empty: 'Write your question first.',
    tooLong: 'Your question is longer than 500 characters. Please shorten it.',
    tooLarge: 'That is too long to send. Please shorten it.',
    rateLimited: 'You have sent a lot in a short time. Please wait a minute, then try again.',
    closed: 'This room is closed. Thank you for taking part.',
    badCode: 'This code does not open a room: it may be mistyped or replaced by a new one, or the room has closed. Ask the organizer for the current code.',
    invalid: 'Something in that request could not be read. Reload the page and try again.',
    noSuchQuestion: 'That question is no longer shown.',
    language: 'Language',
  },
  es: {
    name: 'Español',
    dir: 'ltr',
    title: 'Haga una pregunta',
    intro: 'Su pregunta llega al moderador y aparece abajo cuando la muestre. No necesita dar su nombre.',
    question: 'Su pregunta',
    topic: 'Tema (opcional)',
    area: 'Área comunitaria (opcional)',
    none: '—',
    send: 'Enviar pregunta',
    sent: 'Enviada. El moderador la verá.',
    waiting: 'Aún no enviada: no hay conexión. Se enviará cuando vuelva la conexión ({n} en espera).',
    shownTitle: 'Preguntas en la sala',
    nothingShown: 'Todavía no se muestra ninguna pregunta.',
    meToo: 'Yo también',
    meTooDone: 'Usted dijo yo también',
    raised: '{n} la plantearon',
    charsLeft: 'Quedan {n} caracteres',
    charsOver: '{n} caracteres de más: acórtela, por favor.',
    empty: 'Escriba primero su pregunta.',
    tooLong: 'Su pregunta tiene más de 500 caracteres. Acórtela, por favor.',
    tooLarge: 'Es demasiado largo para enviarlo. Acórtelo, por favor.',
    rateLimited: 'Ha enviado mucho en poco tiempo. Espere un minuto y vuelva a intentarlo.',
    closed: 'Esta sala está cerrada. Gracias por participar.',
    badCode: 'Este código no abre ninguna sala: puede estar mal escrito o haber sido reemplazado por uno nuevo, o la sala se cerró. Pida el código actual a quien organiza.',
    invalid: 'No se pudo leer algo de esa solicitud. Recargue la página e inténtelo de nuevo.',
    noSuchQuestion: 'Esa pregunta ya no se muestra.',
    language: 'Idioma',
  },
  pl: {
    name: 'Polski',
    dir: 'ltr',
    title: 'Zadaj pytanie',
    intro: 'Twoje pytanie trafia do moderatora i pojawi się poniżej, gdy je pokaże. Nie musisz podawać imienia.',
    question: 'Twoje pytanie',
    topic: 'Temat (opcjonalnie)',
    area: 'Dzielnica (opcjonalnie)',
    none: '—',
    send: 'Wyślij pytanie',
    sent: 'Wysłano. Moderator je zobaczy.',
    waiting: 'Jeszcze nie wysłano: brak połączenia. Zostanie wysłane, gdy połączenie wróci ({n} czeka).',
    shownTitle: 'Pytania na sali',
    nothingShown: 'Nie pokazano jeszcze żadnych pytań.',
    meToo: 'Ja też',
    meTooDone: 'Dodano „ja też”',
    raised: 'zgłosiło: {n}',
    charsLeft: 'Pozostało znaków: {n}',
    charsOver: 'Za dużo znaków: {n}. Proszę skrócić.',
    empty: 'Najpierw wpisz pytanie.',
    tooLong: 'Pytanie ma ponad 500 znaków. Skróć je, proszę.',
    tooLarge: 'To jest za długie do wysłania. Skróć, proszę.',
    rateLimited: 'Wysłano dużo w krótkim czasie. Poczekaj minutę i spróbuj ponownie.',
    closed: 'Ta sala jest zamknięta. Dziękujemy za udział.',
    badCode: 'Ten kod nie otwiera żadnej sali: mógł zostać błędnie wpisany lub zastąpiony nowym albo sala została zamknięta. Poproś organizatora o aktualny kod.',
    invalid: 'Nie udało się odczytać żądania. Odśwież stronę i spróbuj ponownie.',
    noSuchQuestion: 'To pytanie nie jest już pokazywane.',
    language: 'Język',
  },
  zh: {
    name: '中文',
    dir: 'ltr',
    title: '提问',
    intro: '您的问题会发送给主持人，主持人展示后会出现在下方。您无需留下姓名。',
    question: '您的问题',
    topic: '主题（可选）',
    area: '社区（可选）',
    none: '—',
    send: '发送问题',
    sent: '已发送。主持人会看到。',
    waiting: '尚未发送：没有连接。连接恢复后将自动发送（{n} 条等待中）。',
    shownTitle: '现场的问题',
    nothingShown: '目前还没有展示的问题。',
    meToo: '我也想问',
    meTooDone: '您已表示我也想问',
    raised: '{n} 人提出',
    charsLeft: '还可输入 {n} 个字符',
    charsOver: '超出 {n} 个字符，请删减。',
    empty: '请先写下您的问题。',
    tooLong: '您的问题超过 500 个字符，请缩短。',
    tooLarge: '内容太长，无法发送，请缩短。',
    rateLimited: '您在短时间内发送太多，请等一分钟再试。',
    closed: '本场已关闭。感谢您的参与。',
    badCode: '此代码无法进入会场：可能输入有误或已换成新代码，或会场已关闭。请向组织者索取当前代码。',
    invalid: '无法读取该请求。请刷新页面后重试。',
    noSuchQuestion: '该问题已不再展示。',
    language: '语言',
  },
  ar: {
    name: 'العربية',
    dir: 'rtl',
    title: 'اطرح سؤالاً',
    intro: 'يصل سؤالك إلى المنسّق ويظهر أدناه عندما يعرضه. لا حاجة لذكر اسمك.',
    question: 'سؤالك',
    topic: 'الموضوع (اختياري)',
    area: 'المنطقة (اختياري)',
    none: '—',
    send: 'أرسل السؤال',
    sent: 'تم الإرسال. سيراه المنسّق.',
    waiting: 'لم يُرسل بعد: لا يوجد اتصال. سيُرسل عند عودة الاتصال ({n} في الانتظار).',
    shownTitle: 'الأسئلة في القاعة',
    nothingShown: 'لا توجد أسئلة معروضة بعد.',
    meToo: 'أنا أيضاً',
    meTooDone: 'قلت أنا أيضاً',
    raised: 'طرحه {n}',
    charsLeft: 'متبقٍ {n} حرفاً',
    charsOver: 'زيادة {n} حرفاً: يرجى الاختصار.',
    empty: 'اكتب سؤالك أولاً.',
    tooLong: 'سؤالك أطول من 500 حرف. يرجى اختصاره.',
    tooLarge: 'النص أطول من أن يُرسل. يرجى اختصاره.',
    rateLimited: 'أرسلت كثيراً في وقت قصير. انتظر دقيقة ثم حاول مرة أخرى.',
    closed: 'هذه القاعة مغلقة. شكراً لمشاركتك.',
    badCode: 'هذا الرمز لا يفتح أي قاعة: ربما كُتب خطأً أو استُبدل برمز جديد، أو أُغلقت القاعة. اطلب الرمز الحالي من المنظّم.',
    invalid: 'تعذّرت قراءة الطلب. أعد تحميل الصفحة وحاول مرة أخرى.',
    noSuchQuestion: 'لم يعد هذا السؤال معروضاً.',
    language: 'اللغة',
  },
};

/** Language names a town hall may list, mapped to a catalog code ("Spanish", "español", "es-MX" → es). */
const ALIASES: Record<string, string> = {
  english: 'en', inglés: 'en', ingles: 'en',
  spanish: 'es', español: 'es', espanol: 'es',
  polish: 'pl', polski: 'pl', polaco: 'pl',
  chinese: 'zh', mandarin: 'zh', '中文': 'zh', chino: 'zh',
  arabic: 'ar', 'العربية': 'ar', árabe: 'ar', arabe: 'ar',
};

export function catalogCode(language: string): string | null {
  const l = language.trim().toLowerCase();
  const base = l.split(/[-_]/)[0];
  if (RESIDENT_CATALOGS[base]) return base;
  return ALIASES[l] ?? null;
}

/** The page's languages: English, Spanish, then the town hall's own languages this page has a catalog for. */
export function pageLanguages(townhallLanguages: readonly string[]): string[] {
  const out = ['en', 'es'];
  for (const l of townhallLanguages) {
    const code = catalogCode(l);
    if (code && !out.includes(code)) out.push(code);
  }
  return out;
}

/**
 * The language to answer in: an explicit `?lang=`, else the phone's cookie, else the best of its
 * Accept-Language among `available`, else the town hall's first language, else English.
 */
export function chooseLanguage(available: readonly string[], explicit: string | null, cookie: string | undefined, acceptLanguage: string | undefined, townhallLanguages: readonly string[]): string {
  for (const c of [explicit, cookie]) {
    const code = c ? catalogCode(c) : null;
    if (code && available.includes(code)) return code;
  }
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^q=([\d.]+)$/.exec(p.trim())).find(Boolean);
      return { code: catalogCode(tag), q: q ? Number(q[1]) : 1 };
    })
    .filter((x) => x.code && available.includes(x.code))
    .sort((a, b) => b.q - a.q);
  if (ranked[0]?.code) return ranked[0].code;
  const first = townhallLanguages.map(catalogCode).find((c) => c && available.includes(c));
  return first ?? 'en';
}

/** A sentence with `{n}` filled in. */
export const fill = (s: string, n: number) => s.replace('{n}', String(n));
