import type { Edition } from './editions';
import type { DocumentId, LayoutRule } from './split/model';
import type { GlossaryKind } from './glossary/schema';
import { toTraditional } from './traditional';

/** Interface text of one edition. */
export interface UiStrings {
  siteName: string;
  siteDescription: string;
  skipToText: string;
  home: string;
  editionsNav: string;
  siteNav: string;
  documentNames: Record<DocumentId, string>;
  contents: string;
  section: string;
  editorialTitle: string;
  editorialTitleMark: string;
  paragraphCount: (count: number) => string;
  paragraphsColumn: string;
  previous: string;
  next: string;
  sectionNav: string;
  breadcrumb: string;
  paragraphLinkLabel: string;
  copyLink: (ref: string) => string;
  linkCopied: (ref: string) => string;
  copyFailed: string;
  citeLabel: (ref: string) => string;
  citedLabel: (ref: string) => string;
  citeMenu: string;
  citeAsText: string;
  citeAsMarkdown: string;
  unofficialTranslation: string;
  preambleNumeral: string;
  parallelView: string;
  parallelViewHint: string;
  translationNotice: string;
  translatorNote: string;
  editorialNote: string;
  glossary: string;
  glossaryIntro: string;
  glossaryOccurrences: string;
  glossaryHere: string;
  glossaryMore: string;
  glossaryNowhere: string;
  glossaryChart: (term: string) => string;
  glossaryKinds: Record<GlossaryKind, string>;
  relatedEntries: string;
  russianName: string;
  close: string;
  search: string;
  searchLabel: string;
  searchHelp: string;
  searchPrompt: string;
  searching: string;
  searchCount: string;
  searchNoResults: string;
  searchFailed: string;
  searchNeedsScript: string;
  searchResults: string;
  searchPlaceholder: string;
  notFoundTitle: string;
  openData: string;
  openDataText: string;
  notFoundText: string;
  continuationNote: (marker: string) => string;
  sourceHeading: string;
  sourceNote: string[];
  repairsHeading: string;
  repairs: Record<LayoutRule, (lines: number[]) => string>;
  referenceNote: string;
}

const simplified: UiStrings = {
  siteName: '中俄联合声明（2025年5月）对照阅读',
  siteDescription: '中华人民共和国和俄罗斯联邦2025年5月联合声明及同版新华社报道的逐段对照阅读本：中文原文、繁体版与英文译文，每段均有固定链接。',
  skipToText: '跳到正文',
  home: '首页',
  editionsNav: '版本',
  siteNav: '网站导航',
  documentNames: { statement: '联合声明', report: '新华社报道' },
  contents: '目录',
  section: '部分',
  editorialTitle: '编者所加标题，非原文',
  editorialTitleMark: '编者加',
  paragraphCount: (count) => `${count} 段`,
  paragraphsColumn: '段落',
  previous: '上一部分',
  next: '下一部分',
  sectionNav: '前后部分',
  breadcrumb: '位置',
  paragraphLinkLabel: '第 {ref} 段的链接',
  copyLink: (ref) => `复制第 ${ref} 段的链接`,
  linkCopied: (ref) => `已复制第 ${ref} 段的链接`,
  copyFailed: '无法复制，请手动复制地址栏中的链接',
  citeLabel: (ref) => `引用第 ${ref} 段`,
  citedLabel: (ref) => `已复制第 ${ref} 段的引文`,
  citeMenu: '复制引文',
  citeAsText: '复制引文（纯文本）',
  citeAsMarkdown: '复制引文（Markdown）',
  unofficialTranslation: '本站非官方译文',
  preambleNumeral: '—',
  parallelView: '中英对照',
  parallelViewHint: '取消勾选则只显示中文',
  translationNotice: '英文译文为本站自译，并非官方译本；如有出入，以中文原文为准。',
  translatorNote: '译者注',
  editorialNote: '编者注：',
  glossary: '术语表',
  glossaryIntro: '声明和报道中出现的人物、机构、条约与文件、倡议与提法、历史事件和地名，按拼音排序。每条列出其在文中出现的全部位置；正文中带下划虚线的词语即为术语，点击可查看说明。',
  glossaryOccurrences: '出现于：',
  glossaryHere: '（本段）',
  glossaryMore: '在术语表中查看',
  glossaryNowhere: '未在正文中标出',
  glossaryChart: (term) => `“${term}”在各部分中出现的段落数`,
  glossaryKinds: { person: '人物', organisation: '机构', treaty: '条约', document: '文件', initiative: '倡议', formula: '提法', event: '事件', place: '地名' },
  relatedEntries: '相关条目：',
  russianName: '俄文',
  close: '关闭',
  search: '搜索',
  searchLabel: '在声明和报道中搜索',
  searchHelp: '输入中文词语（简体或繁体均可）得到包含该词的全部段落；输入英文词语则在英文译文中查找。按 / 键可随时跳到搜索框，用上下方向键浏览结果。',
  searchPrompt: '请输入要查找的词语。',
  searching: '正在搜索……',
  searchCount: '共 {n} 个段落包含“{q}”。',
  searchNoResults: '没有段落包含“{q}”。可以试试更短的词语、换一个说法，或输入英文词语在译文中查找。',
  searchFailed: '搜索暂时无法使用，请稍后重试。',
  searchNeedsScript: '搜索需要启用 JavaScript；也可以从目录和术语表逐段阅读。',
  searchResults: '搜索结果',
  searchPlaceholder: '搜索全文',
  notFoundTitle: '找不到这个页面',
  openData: '开放数据',
  openDataText: '逐段对齐的全文（每段的编号、简体、繁体、英文译文和段中的术语）可供下载：',
  notFoundText: '这个地址上没有页面。每一段的地址形如 /zh-hans/statement/2/#p2-5（声明第二部分第 5 段）；可以从首页的目录、全文搜索或术语表找到要读的段落。',
  continuationNote: (marker) =>
    `原报版面在此印有“${marker}”：声明的其余部分刊登在另一版面，不在本站所据的资料之中。本站到此为止，不作任何补充。`,
  sourceHeading: '关于本文本',
  sourceNote: [
    '本站文本取自一份中文报纸的一个版面的提取文本，内容为2025年5月中俄联合声明（本版所载部分）和一篇新华社报道。',
    '联合声明在第五部分中途以“（下转第三版）”中断，其余部分不在本资料中，本站不作补写。',
    '文字一律照原样呈现；排版造成的问题按规则修复（见下），明显的印刷错误保留原样。各部分的小标题为编者所加，并非原文。',
  ],
  repairsHeading: '按规则修复的版面问题',
  repairs: {
    'column-break': (lines) => `原文第 ${lines.join('、')} 行：一段文字被分栏截断，按规则接回为一段。`,
    'continuation-marker': (lines) => `原文第 ${lines.join('、')} 行：转版标记“（下转第三版）”，作为“声明在此中断”的说明显示，不作为正文。`,
    'displaced-headline': (lines) => `原文第 ${lines.join('、')} 行：报道的主标题和副标题在提取文本中位于文末电头之后，按规则移回报道开头。`,
  },
  referenceNote:
    '每段前的编号是该段的固定地址，在简体、繁体和英文版中相同：2.5 指声明第二部分第 5 段（0 为序言），R1.2 指报道第一部分第 2 段（R0 为导语）。点击编号即得该段链接。',
};

const english: UiStrings = {
  siteName: 'China–Russia Joint Statement, May 2025: a parallel reader',
  siteDescription:
    'The joint statement of the People\u2019s Republic of China and the Russian Federation of May 2025 and the Xinhua report printed with it, paragraph by paragraph: the Chinese original, a Traditional Chinese edition and an English translation, with a permanent link to every paragraph.',
  skipToText: 'Skip to the text',
  home: 'Home',
  editionsNav: 'Editions',
  siteNav: 'Site',
  documentNames: { statement: 'Joint Statement', report: 'Xinhua report' },
  contents: 'Contents',
  section: 'Section',
  editorialTitle: 'Title added by the editors, not printed in the original',
  editorialTitleMark: 'Editors\u2019 title',
  paragraphCount: (count) => (count === 1 ? '1 paragraph' : `${count} paragraphs`),
  paragraphsColumn: 'Paragraphs',
  previous: 'Previous section',
  next: 'Next section',
  sectionNav: 'Previous and next section',
  breadcrumb: 'You are here',
  paragraphLinkLabel: 'Link to paragraph {ref}',
  copyLink: (ref) => `Copy the link to paragraph ${ref}`,
  linkCopied: (ref) => `Link to paragraph ${ref} copied`,
  copyFailed: 'Could not copy: copy the link from the address bar',
  citeLabel: (ref) => `Cite paragraph ${ref}`,
  citedLabel: (ref) => `Citation of paragraph ${ref} copied`,
  citeMenu: 'Copy a citation',
  citeAsText: 'Copy citation as plain text',
  citeAsMarkdown: 'Copy citation as Markdown',
  unofficialTranslation: 'unofficial translation',
  preambleNumeral: '—',
  parallelView: 'Show the Chinese original alongside',
  parallelViewHint: 'Untick to read the English only',
  translationNotice:
    'The English translation is this site\u2019s own and unofficial. The Chinese text is the original and prevails.',
  translatorNote: 'Translator\u2019s note:',
  editorialNote: 'Editors\u2019 note:',
  glossary: 'Glossary',
  glossaryIntro:
    'The people, organisations, treaties and documents, initiatives and formulas, historical events and places named in the statement and the report, in alphabetical order. Each entry lists every paragraph where it occurs; in the text, a term with a dotted underline opens its entry.',
  glossaryOccurrences: 'Occurs in:',
  glossaryHere: '(this paragraph)',
  glossaryMore: 'Open in the glossary',
  glossaryNowhere: 'Not marked in the text',
  glossaryChart: (term) => `Paragraphs naming \u201c${term}\u201d, section by section`,
  glossaryKinds: { person: 'Person', organisation: 'Organisation', treaty: 'Treaty', document: 'Document', initiative: 'Initiative', formula: 'Formula', event: 'Event', place: 'Place' },
  relatedEntries: 'Related:',
  russianName: 'Russian',
  close: 'Close',
  search: 'Search',
  searchLabel: 'Search the statement and the report',
  searchHelp: 'English words are searched in the translation; Chinese (Simplified or Traditional) finds every paragraph that contains it exactly. Press / to jump to the search box, and the arrow keys to move through the results.',
  searchPrompt: 'Type a word or a phrase to search for.',
  searching: 'Searching…',
  searchCount: '{n} paragraphs match \u201c{q}\u201d.',
  searchNoResults: 'No paragraph matches \u201c{q}\u201d. Try a shorter or a different word, or the Chinese term.',
  searchFailed: 'Search is unavailable at the moment; please try again.',
  searchNeedsScript: 'Search needs JavaScript; the contents and the glossary lead to every paragraph without it.',
  searchResults: 'Search results',
  searchPlaceholder: 'Search the text',
  notFoundTitle: 'Page not found',
  openData: 'Open data',
  openDataText: 'The aligned text, paragraph by paragraph (reference, Simplified, Traditional, English, and the glossary terms in it), to download:',
  notFoundText: 'There is no page at this address. Every paragraph has an address like /en/statement/2/#p2-5 (the statement, section II, paragraph 5); the contents on the home page, the search and the glossary lead to every paragraph.',
  continuationNote: (marker) =>
    `The printed page reads \u201c${marker}\u201d (\u201ccontinued on page 3\u201d) here: the rest of the statement is on another page, which is not part of this site\u2019s source. The text ends here; nothing has been added.`,
  sourceHeading: 'About this text',
  sourceNote: [
    'The text comes from one page of a Chinese newspaper, as extracted text: the part of the China–Russia joint statement of May 2025 printed on that page, and a Xinhua report.',
    'The statement breaks off in section V with the marker \u201c（下转第三版）\u201d (\u201ccontinued on page 3\u201d); the rest is not in the source, and the site does not supply it.',
    'The Chinese is shown exactly as printed: layout problems of the page are repaired by rule (listed below), evident misprints are kept as printed. Section titles are the editors\u2019 additions, not part of the original.',
  ],
  repairsHeading: 'Layout problems repaired by rule',
  repairs: {
    'column-break': (lines) => `Source lines ${lines.join(' and ')}: a paragraph broken across two columns is rejoined.`,
    'continuation-marker': (lines) =>
      `Source line ${lines.join(', ')}: the marker \u201c（下转第三版）\u201d is shown as a note that the statement breaks off, not as text.`,
    'displaced-headline': (lines) =>
      `Source lines ${lines.join(' and ')}: the report\u2019s title and subtitle, extracted after its dateline at the very end, are moved back to the top.`,
  },
  referenceNote:
    'The number before each paragraph is its permanent address, the same in the Simplified, Traditional and English editions: 2.5 is section II, paragraph 5 of the statement (0 is the preamble); R1.2 is the report\u2019s first part, paragraph 2 (R0 is the lead). The number is a link to the paragraph.',
};

type Converted<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Converted<T[K]> };

/** Converts every string of the interface text, including the text that functions return. */
function convertStrings<T>(value: T, convert: (text: string) => string): Converted<T> {
  if (typeof value === 'string') return convert(value) as Converted<T>;
  if (typeof value === 'function') return ((...args: unknown[]) => convert(value(...args))) as Converted<T>;
  if (Array.isArray(value)) return value.map((item: unknown) => convertStrings(item, convert)) as unknown as Converted<T>;
  return Object.fromEntries(Object.entries(value as object).map(([key, item]) => [key, convertStrings(item, convert)])) as Converted<T>;
}

export const UI: Record<Edition, UiStrings> = {
  'zh-hans': simplified,
  // The Traditional interface is converted from the Simplified by the same rules as the text.
  'zh-hant': convertStrings(simplified, toTraditional),
  en: english,
};
