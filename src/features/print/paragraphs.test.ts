import { describe, expect, it } from 'vitest';
import { paragraphsOf } from './paragraphs';

describe('paragraphsOf', () => {
  it('keeps one paragraph per typed line and drops blank lines', () => {
    expect(paragraphsOf('第一段。\n\n  第二段。  \r\n')).toEqual([{ body: '第一段。' }, { body: '第二段。' }]);
  });

  it('sets apart a run-in （一） heading up to its first 。', () => {
    expect(paragraphsOf('（一）主动公开工作。一是加强制度建设。')).toEqual([
      { heading: '（一）主动公开工作。', body: '一是加强制度建设。' },
    ]);
  });

  it('ends a run-in heading at a colon too', () => {
    expect(paragraphsOf('（二）改进措施：一是丰富政策解读形式。')).toEqual([
      { heading: '（二）改进措施：', body: '一是丰富政策解读形式。' },
    ]);
  });

  it('prints a heading on its own line whole', () => {
    expect(paragraphsOf('（二）依申请公开工作\n今年，我局未收到申请。')).toEqual([
      { heading: '（二）依申请公开工作', body: '' },
      { body: '今年，我局未收到申请。' },
    ]);
  });

  it('takes only the number of a long first sentence as the heading', () => {
    const long = `（十二）${'很长的一句话'.repeat(10)}。`;
    expect(paragraphsOf(long)).toEqual([{ heading: '（十二）', body: long.slice(4) }]);
  });

  it('does not take 一是 or 1. for a （一） heading', () => {
    expect(paragraphsOf('一是加强组织领导。')).toEqual([{ body: '一是加强组织领导。' }]);
  });
});
