import { describe, expect, it } from 'vitest';
import { reportFileName } from './fileName';

describe('exported report file name (issue 13)', () => {
  it('is <机关>-<年度>年政府信息公开工作年度报告 with the extension', () => {
    expect(reportFileName({ agency: ' 濮阳市工业和信息化局 ', year: 2021 }, 'docx')).toBe('濮阳市工业和信息化局-2021年政府信息公开工作年度报告.docx');
    expect(reportFileName({ agency: '某局', year: 2024 }, 'html')).toBe('某局-2024年政府信息公开工作年度报告.html');
  });

  it('says what is missing, and replaces characters a file name cannot hold', () => {
    expect(reportFileName({ agency: '', year: null }, 'docx')).toBe('未填机关名称-未填年度年政府信息公开工作年度报告.docx');
    expect(reportFileName({ agency: '某市/某局:"办"', year: 2024 }, 'docx')).toBe('某市_某局__办_-2024年政府信息公开工作年度报告.docx');
  });
});
