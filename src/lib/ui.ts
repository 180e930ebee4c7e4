import type { Edition } from './editions';
import type { DocumentId, LayoutRule } from './split/model';

/** Interface text of each edition. */
export interface UiStrings {
  siteName: string;
  siteDescription: string;
  skipToText: string;
  home: string;
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
  preambleNumeral: string;
  continuationNote: (marker: string) => string;
  sourceHeading: string;
  sourceNote: string[];
  repairsHeading: string;
  repairs: Record<LayoutRule, (lines: number[]) => string>;
  referenceNote: string;
  bylineLabel: string;
}

export const UI: Record<Edition, UiStrings> = {
  'zh-hans': {
    siteName: '中俄联合声明（2025年5月）对照阅读',
    siteDescription: '中华人民共和国和俄罗斯联邦2025年5月联合声明及同版新华社报道的逐段阅读本，每段均有固定链接。',
    skipToText: '跳到正文',
    home: '首页',
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
    preambleNumeral: '—',
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
    referenceNote: '每段前的编号是该段的固定地址：2.5 指声明第二部分第 5 段（0 为序言），R1.2 指报道第一部分第 2 段（R0 为导语）。点击编号即得该段链接。',
    bylineLabel: '电头',
  },
};
