import { languageOf } from './compare';

/**
 * The verbs of selecting, clicking, choosing or opening, per language, that machine translation
 * pulls inside a bold label or a link the English leaves them outside of ("**selectați Setări**"
 * for "select **Settings**", "[valitse Asenna Visio](url)" for "use [Install Visio](url)").
 * Shared by the rules on bold and on links.
 */

/** The imperatives of selecting, clicking, choosing or opening in each language written with spaces (German's with "Sie" after them). */
const SELECT_VERBS: Readonly<Record<string, ReadonlySet<string>>> = {
  de: new Set('wählen klicken tippen drücken wechseln'.split(' ')),
  fi: new Set('valitse napsauta napauta avaa siirry kirjoita paina'.split(' ')),
  it: new Set('selezionare seleziona scegliere scegli fare fai aprire apri passare digitare immettere premere toccare tocca'.split(' ')),
  ro: new Set('selectați selectează alegeți alege faceți accesați deschideți apăsați tastați introduceți atingeți'.split(' ')),
  // Languages the corpus does not have, as Microsoft's documentation writes them.
  // French, Spanish and Portuguese with their gerunds too ("en cliquant sur **Résoudre**", "clicando em **Resolver**").
  fr: new Set('sélectionnez cliquez choisissez ouvrez accédez tapez appuyez entrez saisissez sélectionner cliquer choisir ouvrir accéder cliquant sélectionnant choisissant'.split(' ')),
  es: new Set('seleccione selecciona haga haz elija elige abra abre vaya escriba escribe pulse presione toque seleccionando eligiendo haciendo'.split(' ')),
  pt: new Set('selecione clique escolha abra acesse aceda vá digite pressione prima toque clicar selecionar escolher clicando selecionando escolhendo'.split(' ')),
  nl: new Set('selecteer klik kies ga typ druk tik'.split(' ')),
  sv: new Set('välj klicka öppna gå skriv tryck'.split(' ')),
  da: new Set('vælg klik åbn gå skriv tryk'.split(' ')),
  nb: new Set('velg klikk åpne gå skriv trykk'.split(' ')),
  pl: new Set('wybierz kliknij otwórz przejdź wpisz naciśnij dotknij'.split(' ')),
  ru: new Set('выберите щелкните нажмите откройте перейдите введите коснитесь'.split(' ')),
  // Turkish writes them after the label ("**Kaydet**'e tıklayın").
  tr: new Set('seçin tıklayın dokunun yazın gidin açın basın'.split(' ')),
  ar: new Set('حدد انقر اختر افتح انتقل اضغط اكتب أدخل'.split(' ')),
};

/** The word is an imperative of selecting, clicking, choosing or opening in the locale's language ("valitse", "selectați"). */
export function selectVerb(locale: string | undefined, word: string): boolean {
  return inLocaleTable(SELECT_VERBS, locale, word);
}

/** The word is in the table's set for the locale's language (its first part, "ro" of "ro-RO"), in any case. */
export function inLocaleTable(table: Readonly<Record<string, ReadonlySet<string>>>, locale: string | undefined, word: string): boolean {
  return !!table[languageOf(locale)]?.has(word.toLowerCase());
}

/**
 * The verb of selecting, clicking, typing or going that a language writes before the label, as
 * machine translation pulls it inside the label's bold: in Chinese right before the label's
 * bracket or quotation mark ("**輸入 [郵件選項]**" for "type **Mail Options**", "**选择“设置”**"
 * for "select **Settings**"; longest first, so that "按一下" is read whole before "按"), in Thai
 * before the label itself ("**เลือก การตั้งค่า**" for "Select **Settings**"; not "เปิด", open and
 * also "turn on", nor "กด", press, which labels start with), in Russian and Arabic before a word of
 * the label ("**Выберите Файл**", "**حدد ملف**" for "Select **File**"; the imperative, which a
 * label does not start with: a label is in the infinitive or a noun, "Открыть", "فتح").
 */
const VERB_BEFORE_LABEL: Readonly<Record<string, RegExp>> = {
  zh: /^(?:按一下|按兩下|點一下|瀏覽至|切換至|選取|選擇|點選|輸入|鍵入|開啟|移至|前往|单击|双击|点击|浏览到|切换到|选择|选中|输入|键入|打开|转到|按)(?=\s*[\[“「])/u,
  th: /^(?:เลือก|คลิก|ไปที่|พิมพ์|แตะ)(?=\s*\S)/u,
  ru: /^(?:Выберите|Щелкните|Нажмите|Откройте|Перейдите)(?=\s+\S)/iu,
  ar: /^(?:حدد|انقر|اختر|افتح|انتقل|اضغط)(?=\s+\S)/u,
};

/**
 * The particle and verb of selecting, clicking, typing, opening or going that Japanese and Korean
 * write after the label ("[設定] を選択", "設定을 선택"), as machine translation pulls them inside
 * the label's bold: "**[設定] を選択**します" for "Select **Settings**".
 */
const VERB_AFTER_LABEL: Readonly<Record<string, RegExp>> = {
  // Turkish: the case ending after an apostrophe, then the verb ("**Kaydet'e tıklayın**" for "Click **Save**").
  tr: /(?<=\S)(?:['’]\p{Ll}{1,4})?\s+(?:seçin|tıklayın|dokunun|yazın|gidin|açın|basın)[.]?$/u,
  ja: /(?<=\S)\s*[をにで]\s*(?:選択|クリック|タップ|入力|開|移動|押)[\p{Script=Hiragana}]*[。、.]?$/u,
  ko: /(?<=\S)\s*(?:을|를|에서|으로|로|에)\s*(?:선택|클릭|탭|입력|열|이동|누르)[\p{Script=Hangul}]*[.]?$/u,
};

/**
 * Whether the locale's language has a verb that {@link selectVerbBeforeLabel} or
 * {@link selectVerbAfterLabel} reads (Chinese, Thai, Russian, Arabic, Japanese, Korean): for the others both find
 * nothing, whatever the text, and the bolds need not be read for them.
 */
export function readsVerbBesideLabel(locale: string | undefined): boolean {
  const language = languageOf(locale);
  return VERB_BEFORE_LABEL[language] !== undefined || VERB_AFTER_LABEL[language] !== undefined;
}

/**
 * The verb of selecting, clicking or going that German and Dutch write at the end of their
 * clause, after the label ("indem Sie Ja auswählen", "door Ja te selecteren"), with the "zu" or
 * "te" of its infinitive, as machine translation pulls it inside the label's bold, at the bold's
 * end or before a separator of the menu path the bold holds ("indem Sie **Ja auswählen,**", "zu
 * **Websiteeinstellungen wechseln > Website Features**" for "by selecting **Yes**", "by going to
 * **Site Settings > Site Features**").
 */
const VERB_ENDS_CLAUSE: Readonly<Record<string, RegExp>> = {
  de: /(?:^|\s)(?:zu\s+)?(?:auswählen|wählen|anklicken|klicken|antippen|tippen|drücken|wechseln|navigieren|gehen|öffnen|aufrufen)[.,:;]?$/u,
  nl: /(?:^|\s)(?:te\s+)?(?:selecteren|klikken|kiezen|tikken|drukken|gaan|navigeren|openen)[.,:;]?$/u,
};

/** An English label with a verb of selecting, going, moving or opening anywhere in it ("**Select all**", "**Move to Tasks**", "**You can't get there**"): its translation may well end with the locale's verb. */
const ENGLISH_VERB_ANYWHERE = /\b(?:go(?:es|ing)?|select\w*|click\w*|choos\w*|chose|open\w*|visit\w*|tap(?:s|ped|ping)?|navigat\w*|brows\w*|press\w*|switch\w*|mov(?:e|es|ed|ing)|get(?:s|ting)?|got|pick\w*)\b/i;

/**
 * The verb that a bold, or a step of the menu path it holds, ends with, and the step when it is
 * not the bold's last, where no English bold has a verb of selecting or going anywhere in it; or
 * undefined. In German and Dutch the verb of the clause's end ({@link VERB_ENDS_CLAUSE}, with its
 * "zu" or "te"); in the other languages of {@link SELECT_VERBS}, which write it before the label,
 * the next clause's ({@link lastWordSelectVerb}).
 */
export function clauseVerbInBold(locale: string | undefined, text: string, englishBolds: readonly string[]): { verb: string; step?: string } | undefined {
  const language = languageOf(locale);
  const verb = VERB_ENDS_CLAUSE[language] ?? (SELECT_VERBS[language] ? lastWordSelectVerb(locale) : undefined);
  if (!verb || englishBolds.some((t) => ENGLISH_VERB_ANYWHERE.test(t))) return undefined;
  const steps = text.split(/\\?>/);
  for (const [i, step] of steps.entries()) {
    const trimmed = step.trim();
    const m = verb.exec(trimmed);
    // Words before the verb, the label it was pulled in beside; or, after a separator, none: the verb took the step's place.
    if (!m || (i === 0 && !/[\p{L}\p{N}]/u.test(trimmed.slice(0, m.index)))) continue;
    const found = m[0].trim().replace(/[.,:;]$/, '');
    return i === steps.length - 1 ? { verb: found } : { verb: found, step: trimmed };
  }
  return undefined;
}

/** The last word of a text, its full stop or comma aside, and the noun of clicking's verb before it ("fare clic"). */
const LAST_WORD = /(?:^|\s)(?:(\p{L}+)\s+)?(\p{L}+)[.,:;]?$/u;

/**
 * In the other languages of {@link SELECT_VERBS}, which write the verb before the label, the
 * verb that ends a bold is the next clause's, pulled in after the label ("In **Lingua notifica
 * scegliere** la lingua", "**Gestisci fare clic** su", "Käyttäjät **näkevät … ja valitse**
 * **Kyllä**"): a matcher of the locale's verb of selecting (or its noun of clicking, with the
 * verb before it) as the text's last word, in the shape {@link VERB_ENDS_CLAUSE}'s are read.
 */
function lastWordSelectVerb(locale: string | undefined): { exec(text: string): { index: number; 0: string } | null } {
  return {
    exec(text: string) {
      const m = LAST_WORD.exec(text);
      if (!m) return null;
      const [, before, last] = m;
      const click = before !== undefined && CLICK_NOUN[languageOf(locale)] === last.toLowerCase() && selectVerb(locale, before);
      if (!click && !selectVerb(locale, last)) return null;
      const index = click ? m.index + m[0].indexOf(before) : text.lastIndexOf(last);
      return { index, 0: text.slice(index) };
    },
  };
}

/** The verb a Chinese, Thai, Russian or Arabic text opens with before its label ("按一下", "เลือก", "Выберите", "حدد"), or undefined. */
export function selectVerbBeforeLabel(locale: string | undefined, text: string): string | undefined {
  return VERB_BEFORE_LABEL[languageOf(locale)]?.exec(text.trimStart())?.[0];
}

/** The particle and verb a Japanese or Korean text ends with after its label ("を選択", "을 선택합"), or undefined. */
export function selectVerbAfterLabel(locale: string | undefined, text: string): string | undefined {
  return VERB_AFTER_LABEL[languageOf(locale)]?.exec(text.trimEnd())?.[0].trim();
}

/** English verbs of selecting or going, which stand before a link the reader is sent to ("go to [X]", "use [Install Visio]") or start its text ("[Click here]"). */
const ENGLISH_SELECT = 'go|select|click|choose|open|use|visit|tap|navigate|browse|press|type|enter|switch';
/** The English before its link ends with such a verb, and at most "to", "on", "the" after it. */
const ENGLISH_SELECT_BEFORE = new RegExp(`\\b(?:${ENGLISH_SELECT})(?:\\s+(?:to|on|in|the))*[\\s*_]*$`, 'i');
/** The English link text starts with such a verb: its translation rightly does too ("[Siirry tänne]" for "[please go here]"). */
const ENGLISH_SELECT_START = new RegExp(`^[\\s*_"“]*(?:please\\s+)?(?:${ENGLISH_SELECT})\\b`, 'i');

/** The English text starts with a verb of selecting or going ("**Choose Contoso as the default**"): a translation that does too is right. */
export function startsWithEnglishSelectVerb(text: string): boolean {
  return ENGLISH_SELECT_START.test(text);
}

/**
 * The verb of selecting or going that the translation's link text starts with ("[valitse Asenna
 * Visio](url)", "[accesați Gestionarea Azure AD](url)"), where the English has its verb right
 * before the link and its link text starts with none ("use [Install Visio](url)", "go to [Manage
 * Azure AD](url)"): the verb was pulled inside the link. Some other word must follow the verb
 * in the link, and the English verb must stand right before it: a link that translates an
 * English verb of its own ("[Faceți upgrade abonamentului]" for "you must [upgrade your
 * subscription]") is the link's own wording.
 */
export function selectVerbPulledIn(locale: string | undefined, text: string, english: string, englishBefore: string): string | undefined {
  if (ENGLISH_SELECT_START.test(english) || !ENGLISH_SELECT_BEFORE.test(englishBefore.slice(-40))) return undefined;
  const word = /^[\s*_]*([\p{L}\p{M}]+)\s+\S/u.exec(text)?.[1];
  return word && selectVerb(locale, word) ? word : undefined;
}

/**
 * Words that stand with a verb of selecting inside the bold that has moved onto it: its particles
 * and the "then" before it ("**fare clic su**", "**faceți clic**", "**apoi selectați**", "**wählen** Sie").
 */
const VERB_COMPANIONS: Readonly<Record<string, ReadonlySet<string>>> = {
  de: new Set('sie auf dann'.split(' ')),
  fi: new Set(['sitten']),
  it: new Set('clic su quindi poi'.split(' ')),
  ro: new Set('clic pe apoi'.split(' ')),
  fr: new Set('sur puis ensuite'.split(' ')),
  es: new Set('clic en luego'.split(' ')),
  pt: new Set('em depois'.split(' ')),
  nl: new Set('op dan'.split(' ')),
  sv: new Set('på sedan'.split(' ')),
  da: new Set('på derefter'.split(' ')),
  nb: new Set('på deretter'.split(' ')),
  pl: new Set(['następnie']),
  ru: new Set(['затем']),
  tr: new Set('sağ ardından sonra'.split(' ')),
  ar: new Set('ثم فوق على'.split(' ')),
};

/** The noun of clicking of the languages that say "make a click" ("fare clic", "faceți clic", "hacer clic", "clique em"). */
const CLICK_NOUN: Readonly<Record<string, string>> = { it: 'clic', ro: 'clic', es: 'clic', pt: 'clique' };

/**
 * The whole of a bold that is only a verb of selecting, clicking, typing or going, in a language
 * written without spaces or whose particles join the word before: with the particle that joins it
 * to the label, which machine translation moves into the bold with the verb ("保存 **を選択します**",
 * "저장**을 선택**합니다"), and in Thai with "then" and the polite "ให้" before it ("แล้ว **ให้เลือก**").
 */
const VERB_ALONE: Readonly<Record<string, RegExp>> = {
  zh: /^(?:按一下|按兩下|點一下|選取|選擇|點選|輸入|鍵入|移至|前往|单击|双击|点击|选择|选中|输入|键入|转到)$/u,
  ja: /^(?:[をにで]\s*)?(?:選択|クリック|タップ|入力)(?:します|して)?$/u,
  ko: /^(?:(?:을|를|에서|으로|로)\s*)?(?:선택|클릭|탭|입력)(?:합니다|하고|하여)?$/u,
  th: /^(?:แล้ว\s*)?(?:ให้\s*)?(?:เลือก|คลิก|แตะ|พิมพ์|ไปที่)$/u,
};

/**
 * The text is nothing but the locale's verb of selecting, clicking, typing or going, with the
 * words that go with it ("**selectați**", "**fare clic su**", "**wählen** Sie" read as "**wählen**",
 * "**選取**"): the bold has moved off a label onto the sentence's verb.
 */
export function onlySelectVerb(locale: string | undefined, text: string): boolean {
  const trimmed = text.replace(/^[\s[(「]+|[\s\])」.,:;!?。，：]+$/gu, '');
  const alone = VERB_ALONE[languageOf(locale)];
  if (alone) return alone.test(trimmed);
  const words = trimmed.toLowerCase().split(/\s+/).filter(Boolean);
  const language = languageOf(locale);
  const companions = VERB_COMPANIONS[language];
  // The noun of clicking, its verb outside the bold ("Faceți **clic** pe Selectare"), is the verb's as much.
  const verbWord = (w: string) => selectVerb(locale, w) || CLICK_NOUN[language] === w;
  return words.length > 0 && words.some(verbWord) && words.every((w) => verbWord(w) || companions?.has(w) === true);
}

/** An English label that is itself a verb of selecting, going or moving, or a switch's state: its translation may well be the locale's verb. */
const ENGLISH_VERB_LABEL = new RegExp(`^[\\s"“]*(?:${ENGLISH_SELECT}|move|copy|access|turn|on|off)\\b`, 'i');

/** The English bold is a label that is itself such a verb ("**Open**", "**Move to**", "**On**"). */
export function isEnglishVerbLabel(text: string): boolean {
  return ENGLISH_VERB_LABEL.test(text);
}

