/**
 * The print view's font stacks, declared once: print.css draws with them through CSS variables that the print
 * page sets on the root element (so the page-number margin boxes see them too), and the substitution notice
 * compares them with what this machine has. Each stack names the fonts office PCs have first, then free
 * fonts (the test machines'), then a generic family.
 */
export interface FontStack {
  /** The CSS variable print.css reads. */
  readonly variable: `--print-font-${string}`;
  /** What the officer knows it as. */
  readonly role: string;
  /** The fonts a 公文 is set in on office PCs (GB/T 9704), under their Chinese and Latin names. */
  readonly office: readonly string[];
  /** Free fonts of similar design, used where none of the office fonts is installed. */
  readonly free: readonly string[];
  readonly generic: 'serif' | 'sans-serif';
}

export const printFontStacks: readonly FontStack[] = [
  {
    variable: '--print-font-title',
    role: '标题',
    office: ['方正小标宋简体', 'FZXiaoBiaoSong-B05S', '方正小标宋_GBK', '小标宋'],
    free: ['Noto Serif CJK SC'],
    generic: 'serif',
  },
  {
    variable: '--print-font-body',
    role: '正文',
    office: ['仿宋_GB2312', 'FangSong_GB2312', '仿宋', 'FangSong', 'STFangsong'],
    free: ['FandolFang', 'Noto Serif CJK SC'],
    generic: 'serif',
  },
  {
    variable: '--print-font-kai',
    role: '二级标题',
    office: ['楷体_GB2312', 'KaiTi_GB2312', '楷体', 'KaiTi', 'STKaiti'],
    free: ['AR PL UKai CN'],
    generic: 'serif',
  },
  {
    variable: '--print-font-hei',
    role: '一级标题和表头',
    office: ['黑体', 'SimHei', 'STHeiti'],
    free: ['Noto Sans CJK SC'],
    generic: 'sans-serif',
  },
  {
    variable: '--print-font-song',
    role: '页码',
    office: ['宋体', 'SimSun'],
    free: ['Noto Serif CJK SC'],
    generic: 'serif',
  },
];

/** The CSS font-family value of a stack. */
export function fontFamilyOf(stack: FontStack): string {
  return [...stack.office, ...stack.free].map((family) => `'${family}'`).concat(stack.generic).join(', ');
}

export interface FontSubstitution {
  readonly role: string;
  /** The office font the 公文 asks for (the first of its names). */
  readonly wanted: string;
  /** The font drawn instead: a free font, or undefined when only the browser's default is left. */
  readonly drawnWith: string | undefined;
}

/**
 * The stacks this machine cannot draw with an office font, and what it draws with instead. `installed` says
 * whether a family is installed (fontProbe.ts in the browser).
 */
export function fontSubstitutions(stacks: readonly FontStack[], installed: (family: string) => boolean): FontSubstitution[] {
  return stacks.flatMap((stack) => {
    if (stack.office.some(installed)) return [];
    return [{ role: stack.role, wanted: stack.office[0] ?? '', drawnWith: stack.free.find(installed) }];
  });
}
