import { describe, expect, it } from 'vitest';
import { fontFamilyOf, fontSubstitutions, printFontStacks } from './printFonts';
import { strings } from './strings.zh-CN';

const stackOf = (role: string) => {
  const stack = printFontStacks.find((candidate) => candidate.role === role);
  if (!stack) throw new Error(role);
  return stack;
};

describe('print font stacks', () => {
  it('name the office fonts first, then free ones, then a generic family', () => {
    expect(fontFamilyOf(stackOf('正文'))).toBe(
      "'仿宋_GB2312', 'FangSong_GB2312', '仿宋', 'FangSong', 'STFangsong', 'FandolFang', 'Noto Serif CJK SC', serif",
    );
    expect(printFontStacks.map((stack) => stack.variable)).toEqual([
      '--print-font-title',
      '--print-font-body',
      '--print-font-kai',
      '--print-font-hei',
      '--print-font-song',
    ]);
  });

  it('an office PC with its fonts needs no notice, whichever of their names it knows them by', () => {
    const officePc = new Set(['方正小标宋简体', 'FangSong', '楷体', 'SimHei', 'SimSun']);
    expect(fontSubstitutions(printFontStacks, (family) => officePc.has(family))).toEqual([]);
  });

  it('a machine without them is told which font stands in, or that only the default is left', () => {
    const linux = new Set(['FandolFang', 'Noto Serif CJK SC', 'Noto Sans CJK SC']);
    const substitutions = fontSubstitutions(printFontStacks, (family) => linux.has(family));
    expect(substitutions).toEqual([
      { role: '标题', wanted: '方正小标宋简体', drawnWith: 'Noto Serif CJK SC' },
      { role: '正文', wanted: '仿宋_GB2312', drawnWith: 'FandolFang' },
      { role: '二级标题', wanted: '楷体_GB2312', drawnWith: undefined },
      { role: '一级标题和表头', wanted: '黑体', drawnWith: 'Noto Sans CJK SC' },
      { role: '页码', wanted: '宋体', drawnWith: 'Noto Serif CJK SC' },
    ]);
    expect(strings.fontNotice(substitutions.slice(1, 3))).toBe(
      '本机没有公文常用的字体，打印时以相近字体代替：正文应为“仿宋_GB2312”，现用“FandolFang”；二级标题应为“楷体_GB2312”，现用浏览器默认字体。字形略有不同，版式不变；要与正式公文完全一致，请在装有这些字体的电脑上打印。',
    );
  });
});
